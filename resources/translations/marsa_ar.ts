<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>LayersPanel</name>
    <message>
        <source>Tick a layer to show it on the chart. User charts can be removed.</source>
        <translation>ضع علامة على الطبقة لإظهارها على الخريطة. يمكن إزالة خرائط المستخدم.</translation>
    </message>
    <message>
        <source>Add chart…</source>
        <translation>إضافة خريطة…</translation>
    </message>
    <message>
        <source>Add a vector or raster chart read by GDAL (GeoPackage, GeoJSON, Shapefile, KML, S-57, GeoTIFF, BSB/KAP)</source>
        <translation>إضافة خريطة متجهة أو نقطية تقرؤها GDAL (GeoPackage وGeoJSON وShapefile وKML وS-57 وGeoTIFF وBSB/KAP)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected user chart</source>
        <translation>إزالة خريطة المستخدم المحددة</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>The track retention setting %1 is damaged in the database.</source>
        <translation>إعداد الاحتفاظ بالمسارات %1 تالف في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Database unreachable — nothing was saved; the console reconnects by itself (%1).</source>
        <translation>قاعدة البيانات غير متاحة — لم يُحفظ شيء؛ ستعيد وحدة التحكم الاتصال تلقائيًا (%1).</translation>
    </message>
    <message>
        <source>This database is not an exercise with a scenario: an exercise runs only in an exercise database made with marsa-cli exercise create --scenario.</source>
        <translation>ليست هذه القاعدة تمريناً بسيناريو: لا يجري التمرين إلا في قاعدة تمرين أُنشئت بالأمر marsa-cli exercise create --scenario.</translation>
    </message>
    <message>
        <source>Cannot read the exercise&apos;s run state: %1</source>
        <translation>تعذّرت قراءة حالة سير التمرين: %1</translation>
    </message>
    <message>
        <source>The journal could not be read or written: %1</source>
        <translation>تعذّرت قراءة السجل الزمني أو الكتابة فيه: %1</translation>
    </message>
    <message>
        <source>The exercise&apos;s traffic could not be read or written: %1</source>
        <translation>تعذّرت قراءة حركة التمرين أو كتابتها: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Marsa cannot start</source>
        <translation>تعذّر تشغيل مرسى</translation>
    </message>
    <message>
        <source>Marsa rescue coordination console</source>
        <translation>منصة مرسى لتنسيق الإنقاذ</translation>
    </message>
    <message>
        <source>Open this database.</source>
        <translation>افتح قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>Render the window to a PNG and exit.</source>
        <translation>ارسم النافذة في ملف PNG ثم اخرج.</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>حجم النافذة لـ --screenshot.</translation>
    </message>
    <message>
        <source>trace, debug, info, warn, error or off.</source>
        <translation>trace أو debug أو info أو warn أو error أو off.</translation>
    </message>
    <message>
        <source>day, dusk or night.</source>
        <translation>day أو dusk أو night.</translation>
    </message>
    <message>
        <source>ar or en.</source>
        <translation>ar أو en.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>تعذّرت كتابة لقطة الشاشة إلى %1.</translation>
    </message>
    <message>
        <source>Sign in as this user.</source>
        <translation>سجّل الدخول بهذا المستخدم.</translation>
    </message>
    <message>
        <source>Create a new database without the demonstration data.</source>
        <translation>أنشئ قاعدة بيانات جديدة دون البيانات التجريبية.</translation>
    </message>
</context>
<context>
    <name>marsa::app::AccountDialog</name>
    <message>
        <source>New user</source>
        <translation>مستخدم جديد</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>تعديل المستخدم %1</translation>
    </message>
    <message>
        <source>e.g. cg.salem</source>
        <translation>مثال: cg.salem</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>الجهة:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>كلمة المرور الأولى:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>كلمة المرور مرة أخرى:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>The account %1</source>
        <translation>الحساب %1</translation>
    </message>
    <message>
        <source>Your change (on version %1)</source>
        <translation>تغييرك (على النسخة %1)</translation>
    </message>
    <message>
        <source>Saved now (version %1)</source>
        <translation>المحفوظ الآن (النسخة %1)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Save my change on version %1</source>
        <translation>احفظ تغييري على النسخة %1</translation>
    </message>
    <message>
        <source>Keeping the saved version saves nothing; your values are shown with the saved account, to enter again if they still apply.</source>
        <translation>إبقاء النسخة المحفوظة لا يحفظ شيئًا؛ تُعرض قيمك مع الحساب المحفوظ لإدخالها مرة أخرى إن بقيت صالحة.</translation>
    </message>
    <message>
        <source>Not saved after a conflict: the form shows the account as saved now (version %1). Your values were: %2, %3, %4.</source>
        <translation>لم يُحفظ بعد تعارض: يعرض النموذج الحساب كما حُفظ الآن (النسخة %1). كانت قيمك: %2، %3، %4.</translation>
    </message>
</context>
<context>
    <name>marsa::app::AcknowledgementForm</name>
    <message>
        <source>Handed over by the Coast Guard:</source>
        <translation>سلّمهم خفر السواحل:</translation>
    </message>
    <message>
        <source>Received by DCIM:</source>
        <translation>استلمهم جهاز مكافحة الهجرة غير الشرعية:</translation>
    </message>
    <message>
        <source>Add a transfer</source>
        <translation>إضافة نقل</translation>
    </message>
    <message>
        <source>Where they went:</source>
        <translation>إلى أين ذهبوا:</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>where, or a note</source>
        <translation>إلى أين، أو ملاحظة</translation>
    </message>
    <message>
        <source>The transfers add up to %1 of %2 received; %3 were handed over</source>
        <translation>مجموع النقل %1 من %2 مستلَمًا؛ سُلِّم %3</translation>
    </message>
</context>
<context>
    <name>marsa::app::ActionDialog</name>
    <message>
        <source>Rescued:</source>
        <translation>الناجون:</translation>
    </message>
    <message>
        <source>Dead (bodies recovered):</source>
        <translation>المتوفون (الجثث المنتشلة):</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>المفقودون:</translation>
    </message>
</context>
<context>
    <name>marsa::app::ChartCanvas</name>
    <message>
        <source>Chart</source>
        <translation>الخريطة</translation>
    </message>
</context>
<context>
    <name>marsa::app::ConflictDialog</name>
    <message>
        <source>%1 was changed by someone else</source>
        <translation>غيّر شخص آخر %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you were working on it. Your change is not saved yet. Compare both versions and decide.</source>
        <translation>غيّر شخص آخر %1 بينما كنت تعمل عليه. لم يُحفظ تغييرك بعد. قارن النسختين وقرّر.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Changed meanwhile:</source>
        <translation>ما تغيّر في الأثناء:</translation>
    </message>
    <message>
        <source>Apply my change</source>
        <translation>طبّق تغييري</translation>
    </message>
    <message>
        <source>Keep the saved version</source>
        <translation>أبقِ النسخة المحفوظة</translation>
    </message>
    <message>
        <source>Copy my version</source>
        <translation>انسخ نسختي</translation>
    </message>
    <message>
        <source>Your change cannot be applied now: %1</source>
        <translation>لا يمكن تطبيق تغييرك الآن: %1</translation>
    </message>
</context>
<context>
    <name>marsa::app::DebriefDialog</name>
    <message>
        <source>Debrief — %1</source>
        <translation>التقييم — %1</translation>
    </message>
    <message>
        <source>%1
T+0 = %2 UTC. Each measure is timed from the scripted moment it answers; the mark says good, late, missed, not the nearest or incomplete.</source>
        <translation>%1
T+0 = %2 بالتوقيت العالمي. يُقاس كل مؤشر من لحظة السيناريو التي يستجيب لها؛ ويقول التقدير: جيد أو متأخر أو فائت أو ليست الأقرب أو غير مكتمل.</translation>
    </message>
    <message>
        <source>Case %1: alert at %2, %3 persons, %4</source>
        <translation>القضية %1: البلاغ عند %2، %3 شخصاً، %4</translation>
    </message>
    <message>
        <source>Cases that answer no scripted alert: %1</source>
        <translation>قضايا لا تستجيب لأي بلاغ في السيناريو: %1</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>حفظ PDF…</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>case opened</source>
        <translation>فتح القضية</translation>
    </message>
    <message>
        <source>no case opened</source>
        <translation>لم تُفتح قضية</translation>
    </message>
    <message>
        <source>answered by</source>
        <translation>استجابت لها</translation>
    </message>
    <message>
        <source>%1, reported %2 NM from the alert</source>
        <translation>%1، على بعد %2 ميل بحري من موقع البلاغ</translation>
    </message>
    <message>
        <source>right phase (%1)</source>
        <translation>المرحلة الصحيحة (%1)</translation>
    </message>
    <message>
        <source>DETRESFA after persons overboard</source>
        <translation>DETRESFA بعد سقوط أشخاص في البحر</translation>
    </message>
    <message>
        <source>first unit tasked</source>
        <translation>تكليف أول وحدة</translation>
    </message>
    <message>
        <source>first unit on scene</source>
        <translation>وصول أول وحدة إلى الموقع</translation>
    </message>
    <message>
        <source>unit chosen</source>
        <translation>الوحدة المختارة</translation>
    </message>
    <message>
        <source>nearest available</source>
        <translation>الأقرب المتاحة</translation>
    </message>
    <message>
        <source>none available</source>
        <translation>لا توجد وحدة متاحة</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Save the debrief as PDF</source>
        <translation>حفظ التقييم بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>marsa::app::DeclarationForm</name>
    <message>
        <source>A position (latitude, longitude)</source>
        <translation>موقع (خط العرض، خط الطول)</translation>
    </message>
    <message>
        <source>Place of disembarkation:</source>
        <translation>مكان الإنزال:</translation>
    </message>
    <message>
        <source>what the place is, e.g. a beach east of Zuwara</source>
        <translation>وصف المكان، مثل شاطئ شرق زوارة</translation>
    </message>
    <message>
        <source>Position (lat, lon):</source>
        <translation>الموقع (العرض، الطول):</translation>
    </message>
    <message>
        <source>Ashore at (UTC):</source>
        <translation>وقت النزول إلى البر (UTC):</translation>
    </message>
    <message>
        <source>the patrol boat or ship that brought them ashore</source>
        <translation>زورق الدورية أو السفينة التي أنزلتهم إلى البر</translation>
    </message>
    <message>
        <source>Disembarking unit:</source>
        <translation>الوحدة التي أنزلتهم:</translation>
    </message>
    <message>
        <source>Persons handed over:</source>
        <translation>الأشخاص المسلَّمون:</translation>
    </message>
    <message>
        <source>Unaccompanied minors:</source>
        <translation>القاصرون غير المصحوبين:</translation>
    </message>
    <message>
        <source>Add a nationality</source>
        <translation>إضافة جنسية</translation>
    </message>
    <message>
        <source>Nationalities:</source>
        <translation>الجنسيات:</translation>
    </message>
    <message>
        <source>Referred to medical care:</source>
        <translation>المحالون إلى الرعاية الطبية:</translation>
    </message>
    <message>
        <source>Bodies recovered:</source>
        <translation>الجثث المنتشلة:</translation>
    </message>
    <message>
        <source>the other party&apos;s name</source>
        <translation>اسم الجهة الأخرى</translation>
    </message>
    <message>
        <source>Monitoring parties present:</source>
        <translation>جهات الرصد الحاضرة:</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّلة</translation>
    </message>
    <message>
        <source>The nationalities add up to %1 of %2 persons</source>
        <translation>مجموع الجنسيات %1 من %2 شخصًا</translation>
    </message>
</context>
<context>
    <name>marsa::app::DisembarkationsPanel</name>
    <message>
        <source>The review queue: handovers waiting for a supervisor, unexplained discrepancies first, then the oldest</source>
        <translation>قائمة المراجعة: عمليات التسليم التي تنتظر المشرف، وأولها ما فيه فروق غير مفسَّرة ثم الأقدم</translation>
    </message>
    <message>
        <source>Port or place of disembarkation</source>
        <translation>ميناء أو مكان الإنزال</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>أي مكان</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Brought ashore at a position, not at a listed place</source>
        <translation>أُنزلوا إلى البر في موقع، لا في مكان مدرج</translation>
    </message>
    <message>
        <source>Handover step</source>
        <translation>مرحلة التسليم</translation>
    </message>
    <message>
        <source>Any step</source>
        <translation>أي مرحلة</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>الفروق</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>أي</translation>
    </message>
    <message>
        <source>With discrepancy</source>
        <translation>مع فرق</translation>
    </message>
    <message>
        <source>Unexplained only</source>
        <translation>غير المفسَّرة فقط</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Filter by the day brought ashore (UTC)</source>
        <translation>التصفية حسب يوم الإنزال إلى البر (بالتوقيت العالمي)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>إعادة…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the handover to read every step and explain its discrepancies</source>
        <translation>فتح التسليم لقراءة كل مرحلة وتفسير فروقه</translation>
    </message>
    <message>
        <source>The disembarkations cannot be read: %1</source>
        <translation>تعذّرت قراءة عمليات الإنزال: %1</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>المراجعة (%1)</translation>
    </message>
    <message>
        <source>Select a handover in the queue.</source>
        <translation>حدد تسليماً في القائمة.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>لم يسجّل أحد الدخول.</translation>
    </message>
    <message>
        <source>The handover is no longer in the queue.</source>
        <translation>لم يعد التسليم في القائمة.</translation>
    </message>
    <message>
        <source>Approve the selected handover: it is locked, and only an amendment changes it afterwards</source>
        <translation>اعتماد التسليم المحدد: يُقفل، ولا يغيّره بعد ذلك إلا تعديل</translation>
    </message>
    <message>
        <source>Return the selected handover to step 1, 2 or 3 with a reason</source>
        <translation>إعادة التسليم المحدد إلى المرحلة 1 أو 2 أو 3 مع ذكر السبب</translation>
    </message>
    <message>
        <source>Handover %1 approved.</source>
        <translation>اعتُمد التسليم %1.</translation>
    </message>
    <message>
        <source>Handover %1 returned to step %2.</source>
        <translation>أُعيد التسليم %1 إلى المرحلة %2.</translation>
    </message>
    <message>
        <source>Your reason, not saved: %1</source>
        <translation>سببك، لم يُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>marsa::app::ExerciseBanner</name>
    <message>
        <source>Exercise</source>
        <translation>تمرين</translation>
    </message>
    <message>
        <source>EXERCISE — %1 — not operational</source>
        <translation>تمرين — %1 — ليس عملياتياً</translation>
    </message>
    <message>
        <source>EXERCISE — %1 — %2 — not operational</source>
        <translation>تمرين — %1 — %2 — ليس عملياتياً</translation>
    </message>
</context>
<context>
    <name>marsa::app::ExerciseMessagesPanel</name>
    <message>
        <source>Alert</source>
        <translation>بلاغ</translation>
    </message>
    <message>
        <source>Radio call</source>
        <translation>نداء لاسلكي</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>الطقس</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>No message from the exercise yet.</source>
        <translation>لا رسائل من التمرين بعد.</translation>
    </message>
    <message>
        <source>New case from this alert</source>
        <translation>قضية جديدة من هذا البلاغ</translation>
    </message>
</context>
<context>
    <name>marsa::app::FeedEditDialog</name>
    <message>
        <source>New feed</source>
        <translation>مصدر جديد</translation>
    </message>
    <message>
        <source>Edit feed %1</source>
        <translation>تعديل المصدر %1</translation>
    </message>
    <message>
        <source>e.g. Tripoli AIS receiver</source>
        <translation>مثال: مستقبل AIS طرابلس</translation>
    </message>
    <message>
        <source>%1 Bd</source>
        <translation>%1 بود</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>At the recorded speed (tag block times)</source>
        <translation>بالسرعة المسجّلة (أوقات كتلة الوسوم)</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>بأقصى سرعة ممكنة</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Start again at the end</source>
        <translation>البدء من جديد عند النهاية</translation>
    </message>
    <message>
        <source>Take own ship&apos;s position and heading from its GPS sentences</source>
        <translation>أخذ موقع السفينة الذاتية واتجاهها من جمل GPS لهذا المصدر</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Serial device:</source>
        <translation>الجهاز التسلسلي:</translation>
    </message>
    <message>
        <source>Baud rate:</source>
        <translation>سرعة البود:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>ملف السجل:</translation>
    </message>
    <message>
        <source>Playback:</source>
        <translation>التشغيل:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>السرعة:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>Listen on address:</source>
        <translation>الاستماع على العنوان:</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>اسم المضيف أو عنوان IP</translation>
    </message>
    <message>
        <source>empty: every interface</source>
        <translation>فارغ: كل الواجهات</translation>
    </message>
    <message>
        <source>NMEA log file</source>
        <translation>ملف سجل NMEA</translation>
    </message>
    <message>
        <source>NMEA logs (*.nmea *.txt *.log);;All files (*)</source>
        <translation>سجلات NMEA (*.nmea *.txt *.log);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Another feed is already called %1: choose another name.</source>
        <translation>يوجد مصدر آخر باسم %1: اختر اسمًا آخر.</translation>
    </message>
</context>
<context>
    <name>marsa::app::FeedStatusLabel</name>
    <message>
        <source>Feeds: off</source>
        <translation>مصادر البيانات: متوقفة</translation>
    </message>
    <message>
        <source>Feeds: %1 lines/s</source>
        <translation>مصادر البيانات: %1 سطر/ث</translation>
    </message>
    <message>
        <source>not receiving: %1</source>
        <translation>لا تستقبل: %1</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: معطّل</translation>
    </message>
    <message>
        <source>%1: %2, %3 lines/s</source>
        <translation>%1: %2، %3 سطر/ث</translation>
    </message>
</context>
<context>
    <name>marsa::app::FeedsDialog</name>
    <message>
        <source>Feeds</source>
        <translation>مصادر البيانات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>No feeds yet: add the AIS receivers and the GPS this console reads.</source>
        <translation>لا توجد مصادر بعد: أضف مستقبلات AIS وجهاز GPS التي تقرؤها هذه المنصة.</translation>
    </message>
    <message>
        <source>%1 AIS fragments never completed.</source>
        <translation>أجزاء AIS لم تكتمل: %1.</translation>
    </message>
    <message>
        <source>AIS messages decoded: %1; lines rejected: %2.</source>
        <translation>رسائل AIS المفكوكة: %1؛ الأسطر المرفوضة: %2.</translation>
    </message>
    <message>
        <source>%1: %2, %3 lines/s, %4 lines</source>
        <translation>%1: %2، %3 سطر/ث، %4 سطر</translation>
    </message>
</context>
<context>
    <name>marsa::app::FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>إنشاء حساب المسؤول</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator, who will then create the officers&apos; accounts.</source>
        <translation>لا توجد حسابات في قاعدة البيانات هذه بعد. أنشئ حساب المسؤول الذي سينشئ بعد ذلك حسابات الضباط.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>كلمة المرور مرة أخرى:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>marsa::app::HandoverDialog</name>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>طباعة إلى PDF…</translation>
    </message>
    <message>
        <source>The handover form with every count and signature, for the paper file</source>
        <translation>استمارة التسليم بكل الأعداد والتوقيعات، للملف الورقي</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Read the handover again as it is stored now</source>
        <translation>قراءة التسليم من جديد كما هو محفوظ الآن</translation>
    </message>
    <message>
        <source>Handover %1</source>
        <translation>التسليم %1</translation>
    </message>
    <message>
        <source>Handover %1 — %2, %3 UTC — %4</source>
        <translation>التسليم %1 — %2، %3 UTC — %4</translation>
    </message>
    <message>
        <source>%1. %2 ✓</source>
        <translation>%1. %2 ✓</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>وقّعه %1</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>لم يوقَّع بعد.</translation>
    </message>
    <message>
        <source>Reason for the amendment (required)</source>
        <translation>سبب التعديل (مطلوب)</translation>
    </message>
    <message>
        <source>Explanation of the discrepancies the new values leave</source>
        <translation>تفسير الفروق التي تتركها القيم الجديدة</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Correct the values of this step; the old values stay in the history</source>
        <translation>تصحيح قيم هذه الخطوة؛ تبقى القيم القديمة في السجل</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>حفظ التعديل</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>موقَّعة</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>توقيع</translation>
    </message>
    <message>
        <source>Sign step %1 as %2, %3</source>
        <translation>توقيع الخطوة %1 باسم %2، %3</translation>
    </message>
    <message>
        <source>Step %1 has no values to sign here.</source>
        <translation>لا قيم للخطوة %1 لتوقيعها هنا.</translation>
    </message>
    <message>
        <source>Save the new values with the reason; the old ones stay visible</source>
        <translation>حفظ القيم الجديدة مع السبب؛ تبقى القديمة ظاهرة</translation>
    </message>
    <message>
        <source>Latest review: %1 — %2</source>
        <translation>آخر مراجعة: %1 — %2</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Explanation (required before approval)</source>
        <translation>التفسير (مطلوب قبل الاعتماد)</translation>
    </message>
    <message>
        <source>No discrepancy waits for an explanation.</source>
        <translation>لا يوجد فرق ينتظر تفسيرًا.</translation>
    </message>
    <message>
        <source>Return to a step</source>
        <translation>إعادة إلى خطوة</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>الخطوة %1: %2</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>السبب (مطلوب)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Approve the handover: it is locked afterwards</source>
        <translation>اعتماد التسليم: يُقفل بعد ذلك</translation>
    </message>
    <message>
        <source>Return the handover to the step chosen; its agency signs it again</source>
        <translation>إعادة التسليم إلى الخطوة المختارة؛ توقّعها جهتها من جديد</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>فرق في الأعداد</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>الأعداد</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>مفسَّر</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>التفسير</translation>
    </message>
    <message>
        <source>Explanation of the selected discrepancy:</source>
        <translation>تفسير الفرق المحدد:</translation>
    </message>
    <message>
        <source>Explain…</source>
        <translation>تفسير…</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>الفروق</translation>
    </message>
    <message>
        <source>Not explained</source>
        <translation>غير مفسَّر</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Discrepancies (%1)</source>
        <translation>الفروق (%1)</translation>
    </message>
    <message>
        <source>Discrepancies (%1, %2 not explained)</source>
        <translation>الفروق (%1، منها %2 غير مفسَّر)</translation>
    </message>
    <message>
        <source>Choose the discrepancy to explain.</source>
        <translation>اختر الفرق المراد تفسيره.</translation>
    </message>
    <message>
        <source>Write the explanation on the handover, signed with your name</source>
        <translation>كتابة التفسير في التسليم موقَّعًا باسمك</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>الموقِّع</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>القيم</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>معدَّلة</translation>
    </message>
    <message>
        <source>Amended: %1</source>
        <translation>معدَّلة: %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>أُعيد</translation>
    </message>
    <message>
        <source>Signed again</source>
        <translation>موقَّعة من جديد</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (الحالية)</translation>
    </message>
    <message>
        <source> (replaced)</source>
        <translation> (مستبدَلة)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>وُقّعت</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>عُدّلت</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), %4 — step %5 (%6): %7</source>
        <translation>%1 — %2 (%3)، %4 — المرحلة %5 (%6): %7</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), %4 — discrepancy “%5” explained: %6</source>
        <translation>%1 — %2 (%3)، %4 — شُرح الفرق «%5»: %6</translation>
    </message>
    <message>
        <source>Handover %1, step %2 (%3)</source>
        <translation>التسليم %1، المرحلة %2 (%3)</translation>
    </message>
    <message>
        <source>Your values (on version %1)</source>
        <translation>قيمك (على النسخة %1)</translation>
    </message>
    <message>
        <source>Signed now (version %1)</source>
        <translation>الموقَّع الآن (النسخة %1)</translation>
    </message>
    <message>
        <source>Handover state</source>
        <translation>حالة التسليم</translation>
    </message>
    <message>
        <source>Sign my values on version %1</source>
        <translation>وقّع قيمي على النسخة %1</translation>
    </message>
    <message>
        <source>Keeping the signed version writes your values to the case&apos;s log as not signed (“Not signed after a conflict”), so nothing is lost.</source>
        <translation>إبقاء النسخة الموقّعة يكتب قيمك في سجل القضية على أنها غير موقّعة («لم تُوقَّع بعد تعارض»)، فلا يضيع شيء.</translation>
    </message>
    <message>
        <source>Not signed after a conflict: step %1 (%2) of handover %3, typed on version %4 while version %5 was saved by someone else — %6</source>
        <translation>لم تُوقَّع بعد تعارض: المرحلة %1 (%2) من التسليم %3، أُدخلت على النسخة %4 بينما حفظ شخص آخر النسخة %5 — %6</translation>
    </message>
    <message>
        <source>Your values were not signed: the form shows the version signed now, and your values are in case %1&apos;s log as “Not signed after a conflict”.</source>
        <translation>لم تُوقَّع قيمك: يعرض النموذج النسخة الموقّعة الآن، وقيمك في سجل القضية %1 بعنوان «لم تُوقَّع بعد تعارض».</translation>
    </message>
    <message>
        <source>Your values were not signed and could not be written to the case&apos;s log (%1). They were: %2</source>
        <translation>لم تُوقَّع قيمك وتعذّرت كتابتها في سجل القضية (%1). كانت: %2</translation>
    </message>
    <message>
        <source>As you saw it (version %1)</source>
        <translation>كما رأيته (النسخة %1)</translation>
    </message>
    <message>
        <source>Saved now (version %1)</source>
        <translation>المحفوظ الآن (النسخة %1)</translation>
    </message>
    <message>
        <source>Your action, not written yet</source>
        <translation>إجراؤك، لم يُكتب بعد</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>الشروح</translation>
    </message>
    <message>
        <source>Do it on version %1</source>
        <translation>نفّذه على النسخة %1</translation>
    </message>
    <message>
        <source>Keeping the saved version writes nothing; your action stays under the form, to copy or do again.</source>
        <translation>إبقاء النسخة المحفوظة لا يكتب شيئًا؛ يبقى إجراؤك تحت النموذج لنسخه أو تنفيذه مرة أخرى.</translation>
    </message>
    <message>
        <source>Not written after a conflict (the window shows version %1 now): %2</source>
        <translation>لم يُكتب بعد تعارض (تعرض النافذة النسخة %1 الآن): %2</translation>
    </message>
    <message>
        <source>Amend step %1 (%2) to: %3 — reason: %4</source>
        <translation>تعديل المرحلة %1 (%2) إلى: %3 — السبب: %4</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Approve, explaining %1</source>
        <translation>اعتماد مع شرح %1</translation>
    </message>
    <message>
        <source>Return to step %1 (%2): %3</source>
        <translation>إعادة إلى المرحلة %1 (%2): %3</translation>
    </message>
    <message>
        <source>Explain “%1”: %2</source>
        <translation>شرح «%1»: %2</translation>
    </message>
</context>
<context>
    <name>marsa::app::HandoverPrint</name>
    <message>
        <source>Print handover</source>
        <translation>طباعة التسليم</translation>
    </message>
    <message>
        <source>Print handover %1 to PDF</source>
        <translation>طباعة التسليم %1 إلى PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The handover form was not written. %1</source>
        <translation>لم يُكتب نموذج التسليم. %1</translation>
    </message>
</context>
<context>
    <name>marsa::app::HandoverText</name>
    <message>
        <source>remarks: %1</source>
        <translation>ملاحظات: %1</translation>
    </message>
    <message>
        <source>%1, %2 UTC, unit %3</source>
        <translation>%1، %2 UTC، الوحدة %3</translation>
    </message>
    <message>
        <source>%1 unaccompanied minors</source>
        <translation>%1 قاصرًا غير مصحوب</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>nationalities: %1</source>
        <translation>الجنسيات: %1</translation>
    </message>
    <message>
        <source>%1 referred to medical care, %2 bodies</source>
        <translation>%1 محالًا إلى الرعاية الطبية، %2 جثة</translation>
    </message>
    <message>
        <source>monitored by %1</source>
        <translation>برصد %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>المستلَم %1</translation>
    </message>
    <message>
        <source>transfers: %1</source>
        <translation>النقل: %1</translation>
    </message>
    <message>
        <source>%1 medical cases</source>
        <translation>%1 حالة طبية</translation>
    </message>
    <message>
        <source>evacuated: %1</source>
        <translation>المُجلَون: %1</translation>
    </message>
    <message>
        <source>%1 bodies taken to %2</source>
        <translation>%1 جثة نُقلت إلى %2</translation>
    </message>
    <message>
        <source>%1 persons (%2 men, %3 women, %4 boys, %5 girls, %6 unknown)</source>
        <translation>%1 شخصًا (%2 رجلًا، %3 امرأة، %4 فتى، %5 فتاة، %6 غير معروف)</translation>
    </message>
    <message>
        <source>Disembarkation declared</source>
        <translation>أُعلن الإنزال</translation>
    </message>
    <message>
        <source>Disembarkation declared again</source>
        <translation>أُعلن الإنزال من جديد</translation>
    </message>
    <message>
        <source>Handover acknowledged by DCIM</source>
        <translation>أقرّ جهاز مكافحة الهجرة غير الشرعية بالتسليم</translation>
    </message>
    <message>
        <source>Medical report by the Red Crescent</source>
        <translation>التقرير الطبي من الهلال الأحمر</translation>
    </message>
    <message>
        <source>Discrepancy explained</source>
        <translation>فُسِّر الفرق</translation>
    </message>
    <message>
        <source>Handover approved</source>
        <translation>اعتُمد التسليم</translation>
    </message>
    <message>
        <source>Handover returned</source>
        <translation>أُعيد التسليم</translation>
    </message>
    <message>
        <source>Handover amended</source>
        <translation>عُدِّل التسليم</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>قيد في السجل</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4, %5 UTC</source>
        <translation>%1 (%2)، %3، %4، %5 UTC</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Returned to step %1 (%2): %3</source>
        <translation>أُعيد إلى الخطوة %1 (%2): %3</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>الفتيان</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>الفتيات</translation>
    </message>
    <message>
        <source>Sex or age unknown</source>
        <translation>الجنس أو العمر غير معروف</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Brought ashore (UTC)</source>
        <translation>الإنزال إلى البر (UTC)</translation>
    </message>
    <message>
        <source>Disembarking unit</source>
        <translation>الوحدة التي أنزلتهم</translation>
    </message>
    <message>
        <source>Persons handed over</source>
        <translation>الأشخاص المسلَّمون</translation>
    </message>
    <message>
        <source>Unaccompanied minors</source>
        <translation>القاصرون غير المصحوبين</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>الجنسيات</translation>
    </message>
    <message>
        <source>Referred to medical care</source>
        <translation>المحالون إلى الرعاية الطبية</translation>
    </message>
    <message>
        <source>Bodies recovered</source>
        <translation>الجثث المنتشلة</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>المراقبة</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Persons received</source>
        <translation>الأشخاص المستلَمون</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>نُقلوا إلى</translation>
    </message>
    <message>
        <source>Medical cases</source>
        <translation>حالات طبية</translation>
    </message>
    <message>
        <source>Evacuated to hospital</source>
        <translation>أُخلوا إلى المستشفى</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>جثث</translation>
    </message>
    <message>
        <source>Bodies taken to</source>
        <translation>نُقلت الجثث إلى</translation>
    </message>
</context>
<context>
    <name>marsa::app::IncidentConflict</name>
    <message>
        <source>%1 rescued, %2 dead, %3 missing</source>
        <translation>%1 ناجون، %2 متوفون، %3 مفقودون</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>لم تُسجَّل</translation>
    </message>
    <message>
        <source>%1 (on scene)</source>
        <translation>%1 (في الموقع)</translation>
    </message>
    <message>
        <source>none tasked</source>
        <translation>لم تُكلَّف أي وحدة</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Tasked assets</source>
        <translation>الوحدات المكلّفة</translation>
    </message>
    <message>
        <source>%1 — %2 (%3): %4</source>
        <translation>%1 — %2 (%3): %4</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>القضية %1</translation>
    </message>
    <message>
        <source>Your change (made on version %1)</source>
        <translation>تغييرك (على النسخة %1)</translation>
    </message>
    <message>
        <source>Saved now (version %1)</source>
        <translation>المحفوظ الآن (النسخة %1)</translation>
    </message>
    <message>
        <source>Apply my change to version %1</source>
        <translation>طبّق تغييري على النسخة %1</translation>
    </message>
    <message>
        <source>Keeping the saved version writes your change to the case&apos;s timeline as not applied: &quot;%1&quot;.</source>
        <translation>إبقاء النسخة المحفوظة يكتب تغييرك في السجل الزمني للقضية على أنه لم يُطبَّق: «%1».</translation>
    </message>
    <message>
        <source>Not applied after a conflict: %1</source>
        <translation>لم يُطبَّق بعد تعارض: %1</translation>
    </message>
    <message>
        <source>Not applied after a conflict: %1, %2</source>
        <translation>لم يُطبَّق بعد تعارض: %1، %2</translation>
    </message>
</context>
<context>
    <name>marsa::app::IncidentDetail</name>
    <message>
        <source>First alert:</source>
        <translation>أول بلاغ:</translation>
    </message>
    <message>
        <source>Alert source:</source>
        <translation>مصدر البلاغ:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <source>SRR:</source>
        <translation>منطقة البحث والإنقاذ:</translation>
    </message>
    <message>
        <source>Craft:</source>
        <translation>القارب:</translation>
    </message>
    <message>
        <source>Persons on board:</source>
        <translation>الأشخاص على متنه:</translation>
    </message>
    <message>
        <source>Weather:</source>
        <translation>الطقس:</translation>
    </message>
    <message>
        <source>Assets:</source>
        <translation>الوحدات:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>النتيجة:</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Log entry…</source>
        <translation>قيد في السجل…</translation>
    </message>
    <message>
        <source>Phase…</source>
        <translation>المرحلة…</translation>
    </message>
    <message>
        <source>Status…</source>
        <translation>الحالة…</translation>
    </message>
    <message>
        <source>Task asset…</source>
        <translation>تكليف وحدة…</translation>
    </message>
    <message>
        <source>On scene…</source>
        <translation>في الموقع…</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>إنهاء التكليف…</translation>
    </message>
    <message>
        <source>Outcome…</source>
        <translation>النتيجة…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>إعادة فتح…</translation>
    </message>
    <message>
        <source>Select a case in the Incidents panel or on the chart.</source>
        <translation>اختر قضية في لوحة الحوادث أو على الخريطة.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3%4</source>
        <translation>%1 — %2 — %3%4</translation>
    </message>
    <message>
        <source> (exercise)</source>
        <translation> (تمرين)</translation>
    </message>
    <message>
        <source>%1, within %2 NM</source>
        <translation>%1، ضمن %2 ميل بحري</translation>
    </message>
    <message>
        <source>outside the declared SRRs</source>
        <translation>خارج مناطق البحث والإنقاذ المعلنة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (men %2, women %3, children %4)</source>
        <translation>%1 (رجال %2، نساء %3، أطفال %4)</translation>
    </message>
    <message>
        <source>%1: tasked %2</source>
        <translation>%1: كُلّفت %2</translation>
    </message>
    <message>
        <source>, on scene %1</source>
        <translation>، في الموقع %1</translation>
    </message>
    <message>
        <source>, released %1</source>
        <translation>، انتهى تكليفها %1</translation>
    </message>
    <message>
        <source>none tasked</source>
        <translation>لم تُكلَّف أي وحدة</translation>
    </message>
    <message>
        <source>%1 rescued, %2 dead, %3 missing</source>
        <translation>%1 ناجون، %2 متوفون، %3 مفقودون</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>لم تُسجَّل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>قيد في السجل</translation>
    </message>
    <message>
        <source>The case is %1.</source>
        <translation>القضية %1.</translation>
    </message>
    <message>
        <source>No status follows %1.</source>
        <translation>لا حالة تلي %1.</translation>
    </message>
    <message>
        <source>The rescue is complete.</source>
        <translation>اكتمل الإنقاذ.</translation>
    </message>
    <message>
        <source>No asset is on its way.</source>
        <translation>لا وحدة في طريقها.</translation>
    </message>
    <message>
        <source>No asset is on the case.</source>
        <translation>لا وحدة مكلّفة بالقضية.</translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation>اختر قضية أولاً.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>لم يسجّل أحد الدخول.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>لم يُنفَّذ</translation>
    </message>
    <message>
        <source>Phase %1 → %2</source>
        <translation>المرحلة %1 ← %2</translation>
    </message>
    <message>
        <source>Status %1 → %2</source>
        <translation>الحالة %1 ← %2</translation>
    </message>
    <message>
        <source>Outcome: %1 rescued, %2 dead, %3 missing</source>
        <translation>النتيجة: %1 ناجون، %2 متوفون، %3 مفقودون</translation>
    </message>
    <message>
        <source>Reopened from %1</source>
        <translation>أعيد فتحها من %1</translation>
    </message>
    <message>
        <source>%1 tasked</source>
        <translation>كُلّفت %1</translation>
    </message>
    <message>
        <source>What happened, as it will stand in the timeline of %1:</source>
        <translation>ما الذي حدث، كما سيُثبت في السجل الزمني للقضية %1:</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>القيد:</translation>
    </message>
    <message>
        <source>New phase:</source>
        <translation>المرحلة الجديدة:</translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation>تغيير المرحلة</translation>
    </message>
    <message>
        <source>IAMSAR: the log shows why each phase was declared.</source>
        <translation>دليل IAMSAR: يبيّن السجل سبب إعلان كل مرحلة.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>الحالة الجديدة:</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <source>Case %1 is %2.</source>
        <translation>القضية %1 في حالة %2.</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>الوحدة:</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2، %3)</translation>
    </message>
    <message>
        <source>There are no assets on record: a supervisor adds them.</source>
        <translation>لا توجد وحدات مسجلة: يضيفها المشرف.</translation>
    </message>
    <message>
        <source>Task asset</source>
        <translation>تكليف وحدة</translation>
    </message>
    <message>
        <source>Send a unit to case %1.</source>
        <translation>أرسل وحدة إلى القضية %1.</translation>
    </message>
    <message>
        <source>Asset on scene</source>
        <translation>الوحدة في الموقع</translation>
    </message>
    <message>
        <source>Release asset</source>
        <translation>إنهاء تكليف الوحدة</translation>
    </message>
    <message>
        <source>The unit reports on scene now.</source>
        <translation>تبلغ الوحدة بوصولها إلى الموقع الآن.</translation>
    </message>
    <message>
        <source>The unit leaves the case now.</source>
        <translation>تغادر الوحدة القضية الآن.</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>تسجيل النتيجة</translation>
    </message>
    <message>
        <source>%1 were reported on board. Explain any difference in the remarks.</source>
        <translation>أُبلغ عن %1 على متن القارب. اشرح أي فرق في الملاحظات.</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>إعادة فتح القضية</translation>
    </message>
    <message>
        <source>A reopened case goes back to assessing.</source>
        <translation>تعود القضية المعاد فتحها إلى التقييم.</translation>
    </message>
    <message>
        <source>Your change was not applied, and it could not be written to the case&apos;s timeline: %1 Note it elsewhere: %2</source>
        <translation>لم يُطبَّق تغييرك، وتعذّرت كتابته في السجل الزمني للقضية: %1 دوّنه في مكان آخر: %2</translation>
    </message>
    <message>
        <source>%1 on scene</source>
        <translation>%1 في الموقع</translation>
    </message>
    <message>
        <source>%1 released</source>
        <translation>انتهى تكليف %1</translation>
    </message>
    <message>
        <source>The unit is no longer tasked to the case.</source>
        <translation>لم تعد الوحدة مكلّفة بالقضية.</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4 kn)</source>
        <translation>%1 (%2، %3، %4 عقدة)</translation>
    </message>
</context>
<context>
    <name>marsa::app::IncidentsPanel</name>
    <message>
        <source>Search case numbers and remarks</source>
        <translation>ابحث في أرقام القضايا والملاحظات</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>القضايا المفتوحة</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>كل القضايا</translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation>أي مرحلة</translation>
    </message>
    <message>
        <source>Any SRR</source>
        <translation>أي منطقة بحث وإنقاذ</translation>
    </message>
    <message>
        <source>%1 SRR</source>
        <translation>منطقة %1</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>آخر 24 ساعة</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يوماً</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهراً</translation>
    </message>
    <message>
        <source>The cases cannot be read: %1</source>
        <translation>تعذّرت قراءة القضايا: %1</translation>
    </message>
    <message>
        <source>The newest %1 cases are shown; more match: narrow the filter to see them.</source>
        <translation>تُعرض أحدث %1 قضية؛ وهناك قضايا أخرى مطابقة: ضيّق التصفية لرؤيتها.</translation>
    </message>
    <message>
        <source>Cases listed: %1</source>
        <translation>القضايا المعروضة: %1</translation>
    </message>
</context>
<context>
    <name>marsa::app::MainWindow</name>
    <message>
        <source>Marsa — Libyan SRR rescue coordination</source>
        <translation>مرسى — تنسيق الإنقاذ في منطقة البحث والإنقاذ الليبية</translation>
    </message>
    <message>
        <source>Position: —</source>
        <translation>الموقع: —</translation>
    </message>
    <message>
        <source>SRR: —</source>
        <translation>منطقة البحث والإنقاذ: —</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Add chart…</source>
        <translation>إ&amp;ضافة خريطة…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Zoom to Libyan &amp;SRR</source>
        <translation>عرض منطقة البحث والإنقاذ ال&amp;ليبية</translation>
    </message>
    <message>
        <source>&amp;Go to position…</source>
        <translation>الا&amp;نتقال إلى موقع…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Range and bearing</source>
        <translation>المسافة و&amp;الاتجاه</translation>
    </message>
    <message>
        <source>Drag on the chart to read the geodesic distance and true bearing</source>
        <translation>اسحب على الخريطة لقراءة المسافة الجيوديسية والاتجاه الحقيقي</translation>
    </message>
    <message>
        <source>&amp;Palette</source>
        <translation>&amp;ألوان العرض</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>الل&amp;وحات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Marsa</source>
        <translation>&amp;حول مرسى</translation>
    </message>
    <message>
        <source>About Marsa</source>
        <translation>حول مرسى</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Marsa&lt;/b&gt; %1: rescue coordination console for the Libyan search and rescue region.&lt;/p&gt;&lt;p&gt;Chart data: Natural Earth (land), IMO GISIS (SRR limits), NGA World Port Index (ports). Not for navigation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;مرسى&lt;/b&gt; %1: منصة تنسيق الإنقاذ لمنطقة البحث والإنقاذ الليبية.&lt;/p&gt;&lt;p&gt;بيانات الخريطة: Natural Earth (اليابسة)، وIMO GISIS (حدود مناطق البحث والإنقاذ)، وNGA World Port Index (الموانئ). ليست للملاحة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>الطبقات</translation>
    </message>
    <message>
        <source>Vessels</source>
        <translation>السفن</translation>
    </message>
    <message>
        <source>Disembarkations</source>
        <translation>عمليات الإنزال</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>سجل الأحداث</translation>
    </message>
    <message>
        <source>SRR: outside the declared SRRs on record</source>
        <translation>منطقة البحث والإنقاذ: خارج المناطق المعلنة المسجلة</translation>
    </message>
    <message>
        <source>SRR: %1</source>
        <translation>منطقة البحث والإنقاذ: %1</translation>
    </message>
    <message>
        <source>SRR: %1 (overlap)</source>
        <translation>منطقة البحث والإنقاذ: %1 (تداخل)</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>الموقع: %1</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>المقياس 1:%1</translation>
    </message>
    <message>
        <source>Range and bearing: %1</source>
        <translation>المسافة والاتجاه: %1</translation>
    </message>
    <message>
        <source>Range and bearing: drag from one point to another</source>
        <translation>المسافة والاتجاه: اسحب من نقطة إلى أخرى</translation>
    </message>
    <message>
        <source>Add a chart</source>
        <translation>إضافة خريطة</translation>
    </message>
    <message>
        <source>Charts (*.gpkg *.geojson *.json *.shp *.kml *.000 *.tif *.tiff *.kap *.gpx);;All files (*)</source>
        <translation>الخرائط (*.gpkg *.geojson *.json *.shp *.kml *.000 *.tif *.tiff *.kap *.gpx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Chart not added</source>
        <translation>لم تُضف الخريطة</translation>
    </message>
    <message>
        <source>Go to position</source>
        <translation>الانتقال إلى موقع</translation>
    </message>
    <message>
        <source>Position (e.g. 33 05.4N 13 10.2E or 33.09, 13.17):</source>
        <translation>الموقع (مثلاً 33 05.4N 13 10.2E أو 33.09, 13.17):</translation>
    </message>
    <message>
        <source>Position not understood</source>
        <translation>الموقع غير مفهوم</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2، %3</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>لم يسجَّل الدخول</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>ال&amp;حادثة</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>قضية &amp;جديدة…</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>لم يسجّل أحد الدخول.</translation>
    </message>
    <message>
        <source>Open a case for a new alert (or right-click the chart)</source>
        <translation>افتح قضية لبلاغ جديد (أو انقر بالزر الأيمن على الخريطة)</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>إ&amp;دارة النظام</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>ال&amp;مستخدمون…</translation>
    </message>
    <message>
        <source>Sign in as an administrator to manage users.</source>
        <translation>سجّل الدخول بحساب مسؤول النظام لإدارة المستخدمين.</translation>
    </message>
    <message>
        <source>Create accounts, change agencies and roles, reset passwords, deactivate accounts</source>
        <translation>إنشاء الحسابات وتغيير الجهات والأدوار وإعادة تعيين كلمات المرور وتعطيل الحسابات</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Case events</source>
        <translation>أحداث القضايا</translation>
    </message>
    <message>
        <source>Application log</source>
        <translation>سجل البرنامج</translation>
    </message>
    <message>
        <source>New case here (%1)…</source>
        <translation>قضية جديدة هنا (%1)…</translation>
    </message>
    <message>
        <source>Centre the chart here</source>
        <translation>توسيط الخريطة هنا</translation>
    </message>
    <message>
        <source>Case not opened</source>
        <translation>لم تُفتح القضية</translation>
    </message>
    <message>
        <source>&amp;Feeds…</source>
        <translation>ال&amp;تغذيات…</translation>
    </message>
    <message>
        <source>The AIS and GPS feeds: UDP, TCP, serial port or NMEA log file</source>
        <translation>تغذيات AIS وGPS: ‏UDP أو TCP أو منفذ تسلسلي أو ملف سجل NMEA</translation>
    </message>
    <message>
        <source>Vessel &amp;tracks</source>
        <translation>&amp;مسارات السفن</translation>
    </message>
    <message>
        <source>&amp;All vessels</source>
        <translation>&amp;كل السفن</translation>
    </message>
    <message>
        <source>&amp;Selected vessel only</source>
        <translation>السفينة ال&amp;محددة فقط</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;لا شيء</translation>
    </message>
    <message>
        <source>Track &amp;history…</source>
        <translation>سجل ال&amp;مسار…</translation>
    </message>
    <message>
        <source>A vessel&apos;s stored track in a time window: on the chart, listed, exported</source>
        <translation>المسار المحفوظ لسفينة في نافذة زمنية: على الخريطة، ومُدرجًا، ومُصدَّرًا</translation>
    </message>
    <message>
        <source>&amp;Vessel settings…</source>
        <translation>إعدادات ال&amp;سفن…</translation>
    </message>
    <message>
        <source>When targets are drawn lost and removed, and how long tracks keep every report</source>
        <translation>متى تُعرض الأهداف مفقودة ومتى تُزال، وكم تحتفظ المسارات بكل تقرير</translation>
    </message>
    <message>
        <source>New &amp;disembarkation…</source>
        <translation>إ&amp;نزال جديد…</translation>
    </message>
    <message>
        <source>Select the case that was disembarked.</source>
        <translation>اختر الحالة التي أُنزل أشخاصها.</translation>
    </message>
    <message>
        <source>Declare the persons of case %1 brought ashore (step 1 of the handover)</source>
        <translation>إعلان أشخاص الحالة %1 الذين أُنزلوا إلى البر (الخطوة 1 من التسليم)</translation>
    </message>
    <message>
        <source>Disembarkation not declared</source>
        <translation>لم يُعلن الإنزال</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>الإ&amp;حصاءات…</translation>
    </message>
    <message>
        <source>Persons disembarked by week or month, by port, by sex and age group; dead and missing; medical cases; boats intercepted</source>
        <translation>الأشخاص الذين أُنزلوا حسب الأسبوع أو الشهر، وحسب الميناء، وحسب الجنس والفئة العمرية؛ المتوفون والمفقودون؛ الحالات الطبية؛ القوارب المعترضة</translation>
    </message>
    <message>
        <source>Database unreachable — showing the last known state, read-only</source>
        <translation>قاعدة البيانات غير متاحة — تُعرض آخر حالة معروفة، للقراءة فقط</translation>
    </message>
    <message>
        <source>Database unreachable — nothing can be saved until the connection is back; the console reconnects by itself.</source>
        <translation>قاعدة البيانات غير متاحة — لا يمكن حفظ شيء حتى يعود الاتصال؛ ستعيد وحدة التحكم الاتصال تلقائيًا.</translation>
    </message>
    <message>
        <source>&amp;Debrief…</source>
        <translation>الت&amp;قييم…</translation>
    </message>
    <message>
        <source>A debrief is made from an exercise database that runs a scenario</source>
        <translation>يُعدّ التقييم من قاعدة بيانات تمرين تُشغّل سيناريو</translation>
    </message>
    <message>
        <source>The debrief is for the trainer, a supervisor or an administrator</source>
        <translation>التقييم للمدرّب أو المشرف أو المسؤول</translation>
    </message>
    <message>
        <source>The trainees&apos; records measured against the scenario: times, units, handovers and the timeline</source>
        <translation>سجلات المتدربين مقيسة على السيناريو: الأوقات والوحدات والتسليمات والتسلسل الزمني</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>EXERCISE — %1 — Marsa</source>
        <translation>تمرين — %1 — مرسى</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>تمرين</translation>
    </message>
    <message>
        <source>This console works in the exercise &quot;%1&quot;: nothing here is operational.</source>
        <translation>تعمل هذه الوحدة في التمرين «%1»: لا شيء هنا عملياتي.</translation>
    </message>
    <message>
        <source>&amp;Trainer view…</source>
        <translation>عرض ال&amp;مدرب…</translation>
    </message>
    <message>
        <source>Run the exercise&apos;s scenario: its clock, its timeline and its injects</source>
        <translation>تشغيل سيناريو التمرين: ساعته وتسلسله الزمني وأحداثه المُدخلة</translation>
    </message>
    <message>
        <source>Exercise messages</source>
        <translation>رسائل التمرين</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation>تمرين</translation>
    </message>
    <message>
        <source>The clock shows the exercise&apos;s time, not the present</source>
        <translation>تعرض الساعة وقت التمرين لا الوقت الحاضر</translation>
    </message>
    <message>
        <source>New exercise alert: %1</source>
        <translation>بلاغ تمرين جديد: %1</translation>
    </message>
    <message>
        <source>EXERCISE — %1</source>
        <translation>تمرين — %1</translation>
    </message>
    <message>
        <source>The trainer view is for trainers and administrators: the trainees work the exercise as officers and never see its script.</source>
        <translation>عرض المدرب للمدربين والمشرفين على النظام فقط: يعمل المتدربون في التمرين كضباط ولا يرون نصّه أبداً.</translation>
    </message>
    <message>
        <source>This database is not an exercise with a scenario: the trainer view runs only on an exercise made with marsa-cli exercise create --scenario.</source>
        <translation>ليست هذه القاعدة تمريناً بسيناريو: لا يعمل عرض المدرب إلا على تمرين أُنشئ بالأمر marsa-cli exercise create --scenario.</translation>
    </message>
    <message>
        <source>Trainer view</source>
        <translation>عرض المدرب</translation>
    </message>
    <message>
        <source>Re&amp;play…</source>
        <translation>إعادة ال&amp;عرض…</translation>
    </message>
    <message>
        <source>Show the vessels and the cases as they were at a past instant, at any speed</source>
        <translation>عرض السفن والقضايا كما كانت في لحظة ماضية، بأي سرعة</translation>
    </message>
    <message>
        <source>REPLAY</source>
        <translation>إعادة عرض</translation>
    </message>
    <message>
        <source>The clock shows the replayed time, not the present</source>
        <translation>تعرض الساعة الزمن المُعاد عرضه، لا الحاضر</translation>
    </message>
    <message>
        <source>Replay shows the past: nothing can be changed</source>
        <translation>إعادة العرض تُظهر الماضي: لا يمكن تغيير شيء</translation>
    </message>
    <message>
        <source>Replay not started</source>
        <translation>لم تبدأ إعادة العرض</translation>
    </message>
    <message>
        <source>Start a replay first: the exercise is made from its window.</source>
        <translation>ابدأ الإعادة أولًا: يُنشأ التمرين من فترتها.</translation>
    </message>
    <message>
        <source>The exercise &quot;%1&quot; is in %2: %3 alerts, %4 notes of the real watch for the trainer, %5 received lines. Open it with marsa --db, or copy it to PostgreSQL with marsa-cli db copy.</source>
        <translation>التمرين &quot;%1&quot; في %2: %3 بلاغات، و%4 ملاحظات عن عمل المناوبة الفعلية للمدرّب، و%5 سطرًا مستقبَلًا. افتحه بالأمر ‎marsa --db‎، أو انسخه إلى PostgreSQL بالأمر ‎marsa-cli db copy‎.</translation>
    </message>
    <message>
        <source>Make an exercise from this window</source>
        <translation>إنشاء تمرين من هذه الفترة</translation>
    </message>
    <message>
        <source>Exercise databases (*.sqlite)</source>
        <translation>قواعد بيانات التمارين (*.sqlite)</translation>
    </message>
    <message>
        <source>The exercise&apos;s name, shown on every console:</source>
        <translation>اسم التمرين، ويظهر على كل منصة:</translation>
    </message>
    <message>
        <source>Make an exercise from this window…</source>
        <translation>إنشاء تمرين من هذه الفترة…</translation>
    </message>
    <message>
        <source>A new exercise database: this window&apos;s AIS replayed, its cases&apos; alerts, the real watch&apos;s actions as trainer notes</source>
        <translation>قاعدة بيانات تمرين جديدة: بيانات AIS لهذه الفترة مُعادة، وبلاغات قضاياها، وأعمال المناوبة الفعلية ملاحظاتٍ للمدرّب</translation>
    </message>
</context>
<context>
    <name>marsa::app::MedicalForm</name>
    <message>
        <source>%1 persons, %2 referred to medical care, %3 bodies</source>
        <translation>%1 شخصًا، %2 محالًا إلى الرعاية الطبية، %3 جثة</translation>
    </message>
    <message>
        <source>Handed over by the Coast Guard:</source>
        <translation>سلّمهم خفر السواحل:</translation>
    </message>
    <message>
        <source>Medical cases:</source>
        <translation>الحالات الطبية:</translation>
    </message>
    <message>
        <source>Add an evacuation</source>
        <translation>إضافة إجلاء</translation>
    </message>
    <message>
        <source>Evacuated to hospital:</source>
        <translation>المُجلَون إلى المستشفى:</translation>
    </message>
    <message>
        <source>Bodies:</source>
        <translation>الجثث:</translation>
    </message>
    <message>
        <source>Elsewhere (say where)</source>
        <translation>مكان آخر (اذكره)</translation>
    </message>
    <message>
        <source>a morgue, a cemetery</source>
        <translation>مشرحة، مقبرة</translation>
    </message>
    <message>
        <source>Bodies taken to:</source>
        <translation>نُقلت الجثث إلى:</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>%1 of %2 medical cases evacuated</source>
        <translation>أُجلي %1 من %2 حالة طبية</translation>
    </message>
</context>
<context>
    <name>marsa::app::NewDisembarkationDialog</name>
    <message>
        <source>New disembarkation of case %1</source>
        <translation>إنزال جديد للحالة %1</translation>
    </message>
    <message>
        <source>Case %1: %2 rescued, %3 dead, %4 missing. Step 1 of the handover: the counts the Coast Guard hands over at this disembarkation.</source>
        <translation>الحالة %1: %2 ناجيًا، %3 متوفى، %4 مفقودًا. الخطوة 1 من التسليم: الأعداد التي يسلّمها خفر السواحل في هذا الإنزال.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>توقيع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Sign step 1 of the handover</source>
        <translation>توقيع الخطوة 1 من التسليم</translation>
    </message>
</context>
<context>
    <name>marsa::app::NewIncidentDialog</name>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>قضية جديدة</translation>
    </message>
    <message>
        <source>e.g. 33 16.2N 012 04.8E</source>
        <translation>مثلاً 33 16.2N 012 04.8E</translation>
    </message>
    <message>
        <source> NM</source>
        <translation> ميل بحري</translation>
    </message>
    <message>
        <source>men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <source>women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <source>children</source>
        <translation>أطفال</translation>
    </message>
    <message>
        <source>Exercise case (training only)</source>
        <translation>قضية تمرين (للتدريب فقط)</translation>
    </message>
    <message>
        <source>First alert (UTC):</source>
        <translation>أول بلاغ (UTC):</translation>
    </message>
    <message>
        <source>Alert source:</source>
        <translation>مصدر البلاغ:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <source>Uncertainty:</source>
        <translation>هامش عدم اليقين:</translation>
    </message>
    <message>
        <source>Craft:</source>
        <translation>القارب:</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Persons on board:</source>
        <translation>الأشخاص على متنه:</translation>
    </message>
    <message>
        <source>Weather on scene:</source>
        <translation>الطقس في الموقع:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>المرحلة:</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>not a position yet</source>
        <translation>ليس موقعاً بعد</translation>
    </message>
    <message>
        <source>outside the declared SRRs</source>
        <translation>خارج مناطق البحث والإنقاذ المعلنة</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <source> — on land!</source>
        <translation> — على اليابسة!</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>الموقع: %1</translation>
    </message>
    <message>
        <source>Position on land</source>
        <translation>موقع على اليابسة</translation>
    </message>
    <message>
        <source>%1 is on land by the chart. Boats in distress are at sea: check the position as it was reported (signs, minutes and decimals). Open the case there anyway?</source>
        <translation>الموقع %1 على اليابسة بحسب الخريطة. القوارب المستغيثة في البحر: تحقق من الموقع كما أُبلغ (الإشارات والدقائق والكسور العشرية). هل تفتح القضية هناك رغم ذلك؟</translation>
    </message>
</context>
<context>
    <name>marsa::app::PasswordResetDialog</name>
    <message>
        <source>Reset password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Give it to them in person; they sign in with it from now on.</source>
        <translation>كلمة مرور جديدة للحساب %1 (%2). سلّمها لصاحبه شخصياً؛ سيسجّل الدخول بها من الآن فصاعداً.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>كلمة المرور مرة أخرى:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>marsa::app::PersonCountsEditor</name>
    <message>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>الفتيان</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>الفتيات</translation>
    </message>
    <message>
        <source>Sex or age unknown</source>
        <translation>الجنس أو العمر غير معروف</translation>
    </message>
    <message>
        <source>Total %1: %2 adults, %3 children, %4 unknown</source>
        <translation>المجموع %1: %2 بالغًا، %3 طفلًا، %4 غير معروف</translation>
    </message>
</context>
<context>
    <name>marsa::app::ReplayBar</name>
    <message>
        <source>Replay</source>
        <translation>إعادة العرض</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Speed: simulated time per second of real time</source>
        <translation>السرعة: الزمن المحاكى في كل ثانية من الزمن الحقيقي</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>الحدث التالي</translation>
    </message>
    <message>
        <source>Jump to the next change of a case</source>
        <translation>الانتقال إلى التغيير التالي في قضية</translation>
    </message>
    <message>
        <source>Drag to go to an instant; the marks are the cases&apos; changes</source>
        <translation>اسحب للانتقال إلى لحظة؛ العلامات هي تغييرات القضايا</translation>
    </message>
    <message>
        <source>Leave replay</source>
        <translation>الخروج من إعادة العرض</translation>
    </message>
    <message>
        <source>Back to the live console</source>
        <translation>العودة إلى الوحدة الحية</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Pause the replay (Space)</source>
        <translation>إيقاف إعادة العرض مؤقتًا (مسافة)</translation>
    </message>
    <message>
        <source>Play from the instant shown (Space)</source>
        <translation>التشغيل من اللحظة المعروضة (مسافة)</translation>
    </message>
</context>
<context>
    <name>marsa::app::ReplayDialog</name>
    <message>
        <source>Replay</source>
        <translation>إعادة العرض</translation>
    </message>
    <message>
        <source>Replay shows the console as it was: the vessels, the cases&apos; phases and status, at any speed. Nothing can be changed while it runs.</source>
        <translation>تعرض إعادة العرض الوحدة كما كانت: السفن ومراحل القضايا وحالاتها، بأي سرعة. لا يمكن تغيير شيء أثناء تشغيلها.</translation>
    </message>
    <message>
        <source>A &amp;case, from its first alert to its last change:</source>
        <translation>&amp;قضية، من أول إنذار إلى آخر تغيير:</translation>
    </message>
    <message>
        <source>%1 — %2, first alert %3 UTC</source>
        <translation>%1 — %2، أول إنذار %3 UTC</translation>
    </message>
    <message>
        <source>A time &amp;window (UTC):</source>
        <translation>&amp;نافذة زمنية (UTC):</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>The journal is empty: this database has recorded nothing to replay yet.</source>
        <translation>السجل فارغ: لم تسجّل قاعدة البيانات هذه بعدُ شيئًا لإعادة عرضه.</translation>
    </message>
    <message>
        <source>Start replay</source>
        <translation>بدء إعادة العرض</translation>
    </message>
    <message>
        <source>Choose a case to replay.</source>
        <translation>اختر قضية لإعادة عرضها.</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>يجب أن تنتهي النافذة بعد بدايتها.</translation>
    </message>
</context>
<context>
    <name>marsa::app::ReturnHandoverDialog</name>
    <message>
        <source>Return handover %1</source>
        <translation>إعادة التسليم %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>What the agency must check or correct</source>
        <translation>ما يجب على الجهة التحقق منه أو تصحيحه</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Give the reason first.</source>
        <translation>اذكر السبب أولاً.</translation>
    </message>
    <message>
        <source>Return to step:</source>
        <translation>الإعادة إلى المرحلة:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
</context>
<context>
    <name>marsa::app::RowList</name>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>marsa::app::SignInDialog</name>
    <message>
        <source>Sign in to Marsa</source>
        <translation>تسجيل الدخول إلى مرسى</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>marsa::app::StatisticsView</name>
    <message>
        <source>Statistics of disembarkations</source>
        <translation>إحصاءات عمليات الإنزال</translation>
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
        <source>Approved handovers only</source>
        <translation>التسليمات المعتمدة فقط</translation>
    </message>
    <message>
        <source>Otherwise every declared handover counts, as provisional figures</source>
        <translation>وإلا فكل تسليم مصرَّح به يُحسب، كأرقام مؤقتة</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>The figures as CSV in the layout of IOM&apos;s weekly Libya maritime update</source>
        <translation>الأرقام بصيغة CSV وفق تخطيط التحديث البحري الأسبوعي للمنظمة الدولية للهجرة في ليبيا</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last (%2): choose a first day on or before the last.</source>
        <translation>اليوم الأول (%1) بعد اليوم الأخير (%2): اختر يوماً أول في اليوم الأخير أو قبله.</translation>
    </message>
    <message>
        <source>%1 to %2: %3 persons disembarked (%4 men, %5 women, %6 children, %7 unknown) from %8 boats; %9 dead, %10 missing; %11 medical cases.</source>
        <translation>من %1 إلى %2: أُنزل %3 شخصاً (%4 رجال، %5 نساء، %6 أطفال، %7 غير معروفين) من %8 قوارب؛ %9 متوفين، %10 مفقودين؛ %11 حالات طبية.</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>أطفال</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>متوفون</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقودون</translation>
    </message>
    <message>
        <source>Medical cases</source>
        <translation>حالات طبية</translation>
    </message>
    <message>
        <source>Evacuated to hospital</source>
        <translation>أُخلوا إلى المستشفى</translation>
    </message>
    <message>
        <source>Boats</source>
        <translation>القوارب</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Persons disembarked</source>
        <translation>الأشخاص الذين أُنزلوا</translation>
    </message>
    <message>
        <source>By disembarkation point</source>
        <translation>حسب نقطة الإنزال</translation>
    </message>
    <message>
        <source>Dead and missing</source>
        <translation>المتوفون والمفقودون</translation>
    </message>
    <message>
        <source>Boats intercepted</source>
        <translation>القوارب المعترضة</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Export statistics as CSV</source>
        <translation>تصدير الإحصاءات بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>تصدير الإحصاءات</translation>
    </message>
</context>
<context>
    <name>marsa::app::TrackHistoryDialog</name>
    <message>
        <source>Track history</source>
        <translation>سجل المسار</translation>
    </message>
    <message>
        <source>Name or MMSI</source>
        <translation>الاسم أو رقم MMSI</translation>
    </message>
    <message>
        <source>&amp;Vessel:</source>
        <translation>ال&amp;سفينة:</translation>
    </message>
    <message>
        <source>&amp;From (UTC):</source>
        <translation>&amp;من (UTC):</translation>
    </message>
    <message>
        <source>&amp;To (UTC):</source>
        <translation>إ&amp;لى (UTC):</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>SOG (kn)</source>
        <translation>السرعة (عقدة)</translation>
    </message>
    <message>
        <source>COG (°)</source>
        <translation>المسار فوق القاع (°)</translation>
    </message>
    <message>
        <source>Heading (°)</source>
        <translation>الاتجاه (°)</translation>
    </message>
    <message>
        <source>Pick a vessel and a time window, then Show.</source>
        <translation>اختر سفينة ونافذة زمنية، ثم اعرض.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>ا&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Write the track shown to a GPX or GeoJSON file</source>
        <translation>اكتب المسار المعروض في ملف GPX أو GeoJSON</translation>
    </message>
    <message>
        <source>MMSI %1</source>
        <translation>MMSI %1</translation>
    </message>
    <message>
        <source>Pick a vessel from the list or type its 9-digit MMSI.</source>
        <translation>اختر سفينة من القائمة أو اكتب رقم MMSI المكوّن من تسعة أرقام.</translation>
    </message>
    <message>
        <source>No vessel is called “%1”. Pick a vessel from the list or type its 9-digit MMSI.</source>
        <translation>لا توجد سفينة باسم «%1». اختر سفينة من القائمة أو اكتب رقم MMSI المكوّن من تسعة أرقام.</translation>
    </message>
    <message>
        <source>The window starts after it ends: From (%1 UTC) must be before To (%2 UTC).</source>
        <translation>تبدأ النافذة بعد نهايتها: يجب أن يكون «من» (%1 UTC) قبل «إلى» (%2 UTC).</translation>
    </message>
    <message>
        <source>The track could not be read: %1</source>
        <translation>تعذّرت قراءة المسار: %1</translation>
    </message>
    <message>
        <source>MMSI %1 is unknown: the console has neither static data nor positions of it.</source>
        <translation>رقم MMSI %1 غير معروف: لا توجد لدى وحدة التحكم بيانات ثابتة ولا مواقع له.</translation>
    </message>
    <message>
        <source>No positions of %1 between %2 and %3 UTC.</source>
        <translation>لا توجد مواقع لـ%1 بين %2 و%3 بالتوقيت العالمي.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>%1 positions of %2 (MMSI %3) from %4 to %5 UTC, over %6 hours.</source>
        <translation>%1 موقعًا لـ%2 (MMSI %3) من %4 إلى %5 بالتوقيت العالمي، على مدى %6 ساعة.</translation>
    </message>
    <message>
        <source>Show a track before exporting it.</source>
        <translation>اعرض مسارًا قبل تصديره.</translation>
    </message>
    <message>
        <source>“%1” is neither a .gpx nor a .geojson file.</source>
        <translation>«%1» ليس ملف ‎.gpx ولا ‎.geojson.</translation>
    </message>
    <message>
        <source>The track could not be written to %1: %2</source>
        <translation>تعذّرت كتابة المسار في %1: %2</translation>
    </message>
    <message>
        <source>%1 positions written to %2.</source>
        <translation>كُتب %1 موقعًا في %2.</translation>
    </message>
    <message>
        <source>GPX track (*.gpx)</source>
        <translation>مسار GPX (*.gpx)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Export track</source>
        <translation>تصدير المسار</translation>
    </message>
    <message>
        <source>A file named %1 exists already. Replace it?</source>
        <translation>يوجد ملف باسم %1. هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>م&amp;سح</translation>
    </message>
    <message>
        <source>Remove the track shown from the chart</source>
        <translation>إزالة المسار المعروض من الخريطة</translation>
    </message>
</context>
<context>
    <name>marsa::app::TrainerView</name>
    <message>
        <source>Trainer view — %1</source>
        <translation>عرض المدرب — %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>End exercise…</source>
        <translation>إنهاء التمرين…</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>السرعة:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>اللحظة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>What the caller says, as the trainees hear it</source>
        <translation>ما يقوله المتصل كما يسمعه المتدربون</translation>
    </message>
    <message>
        <source>Send radio call</source>
        <translation>إرسال النداء</translation>
    </message>
    <message>
        <source>Trainer notes (never shown to the trainees):</source>
        <translation>ملاحظات المدرب (لا تظهر للمتدربين أبداً):</translation>
    </message>
    <message>
        <source>Scripted timeline:</source>
        <translation>التسلسل الزمني المعدّ:</translation>
    </message>
    <message>
        <source>Radio call from the trainer:</source>
        <translation>نداء لاسلكي من المدرب:</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>أرسل الآن</translation>
    </message>
    <message>
        <source>Running at %1×</source>
        <translation>جارٍ بسرعة %1×</translation>
    </message>
    <message>
        <source>trainer only</source>
        <translation>للمدرب فقط</translation>
    </message>
    <message>
        <source>on the chart</source>
        <translation>على الخريطة</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>منتظر</translation>
    </message>
    <message>
        <source>End exercise</source>
        <translation>إنهاء التمرين</translation>
    </message>
    <message>
        <source>End the exercise now? Its clock stops for good on every console; what the trainees wrote stays for the debrief.</source>
        <translation>إنهاء التمرين الآن؟ تتوقف ساعته نهائياً على كل المنصات، ويبقى ما كتبه المتدربون لجلسة التقييم.</translation>
    </message>
</context>
<context>
    <name>marsa::app::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>مستخدم جديد…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation>أُعيد تعيين كلمة مرور الحساب %1.</translation>
    </message>
    <message>
        <source>Not saved after a conflict: the table shows %1 as saved now (version %2).</source>
        <translation>لم يُحفظ بعد تعارض: يعرض الجدول %1 كما حُفظ الآن (النسخة %2).</translation>
    </message>
</context>
<context>
    <name>marsa::app::VesselConsole</name>
    <message>
        <source>Own ship %1</source>
        <translation>سفينتنا %1</translation>
    </message>
    <message>
        <source> · %1 kn</source>
        <translation> · %1 عقدة</translation>
    </message>
    <message>
        <source> · COG %1°</source>
        <translation> · المسار %1°</translation>
    </message>
    <message>
        <source>Track &amp;history…</source>
        <translation>سجل ال&amp;مسار…</translation>
    </message>
    <message>
        <source>The selected vessel&apos;s stored track in a time window</source>
        <translation>المسار المحفوظ للسفينة المحددة في نافذة زمنية</translation>
    </message>
    <message>
        <source>C&amp;lear track history</source>
        <translation>م&amp;سح سجل المسار</translation>
    </message>
    <message>
        <source>Remove the track the Track history dialog drew from the chart</source>
        <translation>إزالة المسار الذي رسمته نافذة سجل المسار من الخريطة</translation>
    </message>
    <message>
        <source>Old vessel tracks could not be thinned: %1</source>
        <translation>تعذّر تخفيف مسارات السفن القديمة: %1</translation>
    </message>
    <message>
        <source>Own ship&apos;s last GPS fix is more than a minute old: no ranges from it until the GPS gives a new one</source>
        <translation>مضى أكثر من دقيقة على آخر موقع GPS لسفينتنا: لا قياس منها حتى يعطي GPS موقعًا جديدًا</translation>
    </message>
    <message>
        <source>Exercise traffic</source>
        <translation>حركة التمرين</translation>
    </message>
    <message>
        <source>played by the exercise clock, recorded by this console</source>
        <translation>تُشغَّل بساعة التمرين وتُسجَّل على هذه المنصة</translation>
    </message>
    <message>
        <source>played by the exercise clock, recorded by another console</source>
        <translation>تُشغَّل بساعة التمرين وتُسجَّل على منصة أخرى</translation>
    </message>
</context>
<context>
    <name>marsa::app::VesselSettingsDialog</name>
    <message>
        <source>A target must be drawn lost after 1 to %1 minutes without a report.</source>
        <translation>يجب أن يُعرض الهدف مفقودًا بعد 1 إلى %1 دقيقة دون تقرير.</translation>
    </message>
    <message>
        <source>A target must be removed within %1 minutes without a report.</source>
        <translation>يجب أن يُزال الهدف خلال %1 دقيقة دون تقرير.</translation>
    </message>
    <message>
        <source>A target must be removed later than it is drawn lost: make “removed after” more than %1 minutes.</source>
        <translation>يجب أن يُزال الهدف بعد أن يُعرض مفقودًا: اجعل «يُزال بعد» أكثر من %1 دقيقة.</translation>
    </message>
    <message>
        <source>Vessel settings</source>
        <translation>إعدادات السفن</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Live targets</source>
        <translation>الأهداف الحية</translation>
    </message>
    <message>
        <source>A target not heard for this long is drawn lost, then removed from the chart and the Vessels panel. Alarms stay until acknowledged.</source>
        <translation>الهدف الذي لا يُسمع طوال هذه المدة يُعرض مفقودًا، ثم يُزال من الخريطة ومن لوحة السفن. تبقى الإنذارات حتى الإقرار بها.</translation>
    </message>
    <message>
        <source>Target &amp;lost after:</source>
        <translation>الهدف م&amp;فقود بعد:</translation>
    </message>
    <message>
        <source>Target &amp;removed after:</source>
        <translation>الهدف &amp;يُزال بعد:</translation>
    </message>
    <message>
        <source>The defaults are shown; Save stores them.</source>
        <translation>تُعرض القيم الافتراضية؛ يحفظها زر حفظ.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source> m</source>
        <translation> م</translation>
    </message>
    <message>
        <source>Stored tracks</source>
        <translation>المسارات المحفوظة</translation>
    </message>
    <message>
        <source>Every report is kept for the days below. Older tracks are thinned every %1 hours: points that change the track&apos;s shape by less than the tolerance are removed, but a point is kept at least as often as set. The setting is kept in the database, for every console that shares it.</source>
        <translation>يُحفظ كل تقرير طوال الأيام المحددة أدناه. تُخفَّف المسارات الأقدم كل %1 ساعات: تُزال النقاط التي تغيّر شكل المسار بأقل من السماحية، مع الإبقاء على نقطة على الأقل بالتواتر المحدد. يُحفظ الإعداد في قاعدة البيانات لكل منصة تشاركها.</translation>
    </message>
    <message>
        <source>&amp;Full detail for:</source>
        <translation>التفاصيل ال&amp;كاملة لمدة:</translation>
    </message>
    <message>
        <source>Thinning &amp;tolerance:</source>
        <translation>&amp;سماحية التخفيف:</translation>
    </message>
    <message>
        <source>A point at least &amp;every:</source>
        <translation>نقطة على الأقل &amp;كل:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>marsa::app::VesselsPanel</name>
    <message>
        <source>Search names and MMSIs</source>
        <translation>البحث في الأسماء وأرقام MMSI</translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>كل الأهداف</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>الإنذارات</translation>
    </message>
    <message>
        <source>Coast Guard units</source>
        <translation>وحدات خفر السواحل</translation>
    </message>
    <message>
        <source>Lost targets</source>
        <translation>الأهداف المفقودة</translation>
    </message>
    <message>
        <source>Vessels</source>
        <translation>السفن</translation>
    </message>
    <message>
        <source>Vessels: %1</source>
        <translation>السفن: %1</translation>
    </message>
    <message>
        <source>Aids to navigation</source>
        <translation>العلامات الملاحية</translation>
    </message>
    <message>
        <source>Base stations</source>
        <translation>المحطات الأساسية</translation>
    </message>
    <message>
        <source>Acknowledge alarm</source>
        <translation>الإقرار بالإنذار</translation>
    </message>
    <message>
        <source>Acknowledge the selected AIS-SART, MOB or EPIRB alarm: it stops flashing</source>
        <translation>الإقرار بإنذار AIS-SART أو MOB أو EPIRB المحدد: يتوقف عن الوميض</translation>
    </message>
    <message>
        <source>%1 (%2 shown)</source>
        <translation>%1 (المعروض %2)</translation>
    </message>
    <message>
        <source>Targets: %1 · lost: %2 · alarms: %3</source>
        <translation>الأهداف: %1 · مفقودة: %2 · إنذارات: %3</translation>
    </message>
    <message>
        <source>Selected case</source>
        <translation>الحالة المحددة</translation>
    </message>
    <message>
        <source>Own ship</source>
        <translation>سفينتنا</translation>
    </message>
    <message>
        <source>What range, bearing, CPA and TCPA are measured from</source>
        <translation>ما تُقاس منه المسافة والسمت وأقرب نقطة اقتراب وزمنها</translation>
    </message>
    <message>
        <source>&amp;Ranges from:</source>
        <translation>المسافات &amp;من:</translation>
    </message>
    <message>
        <source>No own-ship position: no feed gives own ship&apos;s GPS (Tools → Feeds…)</source>
        <translation>لا موقع لسفينتنا: لا تعطي أي تغذية بيانات GPS لسفينتنا (أدوات ← التغذيات…)</translation>
    </message>
    <message>
        <source>Own ship (no fix)</source>
        <translation>سفينتنا (لا موقع)</translation>
    </message>
    <message>
        <source>No case selected: select one in the Incidents panel to measure from its position</source>
        <translation>لم تُحدَّد حالة: حدّد حالة في لوحة الحوادث للقياس من موقعها</translation>
    </message>
</context>
<context>
    <name>marsa::chart</name>
    <message>
        <source>%1 is already on the chart.</source>
        <translation>%1 موجودة على الخريطة بالفعل.</translation>
    </message>
</context>
<context>
    <name>marsa::chart::ChartPalette</name>
    <message>
        <source>Day</source>
        <translation>نهار</translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation>غسق</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>ليل</translation>
    </message>
</context>
<context>
    <name>marsa::chart::GraticuleLayer</name>
    <message>
        <source>Graticule</source>
        <translation>شبكة الإحداثيات</translation>
    </message>
</context>
<context>
    <name>marsa::chart::HistoryTrackLayer</name>
    <message>
        <source>Track history</source>
        <translation>سجل المسار</translation>
    </message>
    <message>
        <source>The stored track shown by Tools → Track history…, times in UTC</source>
        <translation>المسار المحفوظ المعروض من أدوات ← سجل المسار…، الأوقات بالتوقيت العالمي</translation>
    </message>
</context>
<context>
    <name>marsa::chart::IncidentLayer</name>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
</context>
<context>
    <name>marsa::chart::LandLayer</name>
    <message>
        <source>Land (basemap)</source>
        <translation>اليابسة (الخريطة الأساسية)</translation>
    </message>
    <message>
        <source>Natural Earth country polygons, central Mediterranean. Not for navigation.</source>
        <translation>مضلعات الدول من Natural Earth، وسط البحر المتوسط. لا تستخدم للملاحة.</translation>
    </message>
</context>
<context>
    <name>marsa::chart::OwnShipLayer</name>
    <message>
        <source>Own ship (GPS)</source>
        <translation>سفينتنا (GPS)</translation>
    </message>
    <message>
        <source>This console&apos;s own position from the GPS sentences of its feeds</source>
        <translation>موقع هذه المنصة من جمل GPS في تغذياتها</translation>
    </message>
</context>
<context>
    <name>marsa::chart::PlacesLayer</name>
    <message>
        <source>Ports and places of disembarkation</source>
        <translation>الموانئ وأماكن الإنزال</translation>
    </message>
    <message>
        <source>Port positions from the NGA World Port Index (about 1&apos; precision); town centres from GeoNames where no port position exists.</source>
        <translation>مواقع الموانئ من NGA World Port Index (بدقة دقيقة قوسية تقريباً)؛ ومراكز المدن من GeoNames حيث لا يوجد موقع للميناء.</translation>
    </message>
</context>
<context>
    <name>marsa::chart::RangeBearing</name>
    <message>
        <source>%1 NM  %2°T</source>
        <translation>%1 ميل بحري  %2°T</translation>
    </message>
</context>
<context>
    <name>marsa::chart::ScaleBarLayer</name>
    <message>
        <source>Scale bar</source>
        <translation>مسطرة المقياس</translation>
    </message>
    <message>
        <source>%1 NM</source>
        <translation>%1 ميل بحري</translation>
    </message>
</context>
<context>
    <name>marsa::chart::ScenarioTruthLayer</name>
    <message>
        <source>True positions (trainer)</source>
        <translation>المواقع الحقيقية (للمدرّب)</translation>
    </message>
    <message>
        <source>Where the scenario&apos;s boats really are at the exercise&apos;s time: their given positions or their drift. Shown on the trainer&apos;s console only, never to the trainees.</source>
        <translation>أين توجد قوارب السيناريو فعلًا في وقت التمرين: مواقعها المحددة أو انجرافها. تظهر على منصة المدرّب وحدها، ولا تظهر للمتدربين أبدًا.</translation>
    </message>
    <message>
        <source>True: %1</source>
        <translation>الحقيقي: %1</translation>
    </message>
</context>
<context>
    <name>marsa::chart::SrrLayer</name>
    <message>
        <source>Search and rescue regions</source>
        <translation>مناطق البحث والإنقاذ</translation>
    </message>
    <message>
        <source>Libya, Malta, Tunisia and Italy as declared in IMO GISIS; Greece and Egypt approximate (flight information region limits), drawn dashed. Hatched: declared SRRs overlap.</source>
        <translation>ليبيا ومالطا وتونس وإيطاليا كما أُعلنت في نظام GISIS للمنظمة البحرية الدولية؛ اليونان ومصر تقريبيتان (حدود أقاليم معلومات الطيران) بخط متقطع. المظلل: تداخل مناطق معلنة.</translation>
    </message>
    <message>
        <source>(approximate limit)</source>
        <translation>(حد تقريبي)</translation>
    </message>
</context>
<context>
    <name>marsa::chart::TargetLayer</name>
    <message>
        <source>AIS targets</source>
        <translation>أهداف نظام التعريف الآلي (AIS)</translation>
    </message>
    <message>
        <source>Live AIS targets from the feeds, with their past tracks and 6-minute speed vectors. Alarms (AIS-SART, MOB, EPIRB) flash until acknowledged in the Vessels panel.</source>
        <translation>أهداف AIS الحية من مصادر البيانات، مع مساراتها السابقة ومتجهات السرعة لست دقائق. تومض الإنذارات (AIS-SART وMOB وEPIRB) حتى يُقَرّ بها في لوحة السفن.</translation>
    </message>
</context>
<context>
    <name>marsa::chart::UserChart</name>
    <message>
        <source>%1 holds no features with a geometry.</source>
        <translation>لا يحتوي %1 على معالم ذات شكل هندسي.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 features. Added by the user.</source>
        <translation>%1 (%2): %3 عنصراً. أضافه المستخدم.</translation>
    </message>
    <message>
        <source>%1 (%2). Added by the user.</source>
        <translation>%1 (%2). أضافه المستخدم.</translation>
    </message>
    <message>
        <source>GDAL cannot read %1 as a chart (neither vector nor raster). Nothing was added. Vector: %2 Raster: %3</source>
        <translation>لا تستطيع GDAL قراءة %1 كخريطة (لا متجهة ولا نقطية). لم يُضف شيء. متجهة: %2 نقطية: %3</translation>
    </message>
</context>
<context>
    <name>marsa::cli</name>
    <message>
        <source>The new database file.</source>
        <translation>ملف قاعدة البيانات الجديد.</translation>
    </message>
    <message>
        <source>demo needs --db PATH</source>
        <translation>يحتاج demo إلى --db PATH</translation>
    </message>
    <message>
        <source>%1 already exists: the demonstration data goes into a new database. Choose another path.</source>
        <translation>%1 موجود بالفعل: توضع البيانات التجريبية في قاعدة بيانات جديدة. اختر مساراً آخر.</translation>
    </message>
    <message>
        <source>demonstration data written to %1</source>
        <translation>كُتبت البيانات التجريبية في %1</translation>
    </message>
    <message>
        <source>West,south,east,north in degrees.</source>
        <translation>الغرب والجنوب والشرق والشمال بالدرجات.</translation>
    </message>
    <message>
        <source>Image size.</source>
        <translation>حجم الصورة.</translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation>ملف PNG للكتابة.</translation>
    </message>
    <message>
        <source>day, dusk or night.</source>
        <translation>day أو dusk أو night.</translation>
    </message>
    <message>
        <source>Time N full redraws and N pan frames.</source>
        <translation>قِس زمن N إعادة رسم كاملة وN إطار تحريك.</translation>
    </message>
    <message>
        <source>Draw the places of this database.</source>
        <translation>ارسم أماكن قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 16 and 8192 pixels, e.g. 1920x1080.</source>
        <translation>يجب أن يكون --size بالشكل WIDTHxHEIGHT بين 16 و8192 بكسل، مثلاً 1920x1080.</translation>
    </message>
    <message>
        <source>--palette must be day, dusk or night.</source>
        <translation>يجب أن يكون --palette واحداً من day أو dusk أو night.</translation>
    </message>
    <message>
        <source>--frames must be a whole number from 0 to 100000.</source>
        <translation>يجب أن يكون --frames عدداً صحيحاً من 0 إلى 100000.</translation>
    </message>
    <message>
        <source>render needs --out FILE.png, --frames N, or both.</source>
        <translation>يحتاج render إلى --out FILE.png أو --frames N أو كليهما.</translation>
    </message>
    <message>
        <source>wrote %1 (%2x%3, %4 palette)</source>
        <translation>كُتب %1 (%2x%3، ألوان %4)</translation>
    </message>
    <message>
        <source>--log-level must be trace, debug, info, warn, error, critical or off.</source>
        <translation>يجب أن يكون --log-level واحداً من trace أو debug أو info أو warn أو error أو critical أو off.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>أمر غير معروف «%1»</translation>
    </message>
    <message>
        <source>--bbox needs four numbers: LON0,LAT0,LON1,LAT1 (west, south, east, north).</source>
        <translation>يحتاج --bbox إلى أربعة أرقام: LON0,LAT0,LON1,LAT1 (الغرب، الجنوب، الشرق، الشمال).</translation>
    </message>
    <message>
        <source>--bbox: &quot;%1&quot; is not a number.</source>
        <translation>--bbox: «%1» ليس رقماً.</translation>
    </message>
    <message>
        <source>--bbox must run west to east and south to north, within ±180° and ±85°.</source>
        <translation>يجب أن يمتد --bbox من الغرب إلى الشرق ومن الجنوب إلى الشمال، ضمن ±180° و±85°.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message>
        <source>The database to check.</source>
        <translation>قاعدة البيانات المراد فحصها.</translation>
    </message>
    <message>
        <source>audit verify needs --db PATH of an existing database</source>
        <translation>يحتاج audit verify إلى --db PATH لقاعدة بيانات موجودة</translation>
    </message>
    <message>
        <source>audit log BROKEN: row %1 does not match its hash chain (%2 rows checked)</source>
        <translation>سجل التدقيق تالف: الصف %1 لا يطابق سلسلة التجزئة (فُحص %2 صفاً)</translation>
    </message>
    <message>
        <source>audit log intact: %1 rows, every hash matches</source>
        <translation>سجل التدقيق سليم: %1 صفاً، وكل التجزئات مطابقة</translation>
    </message>
    <message>
        <source>The database to read (it is not changed).</source>
        <translation>قاعدة البيانات المراد قراءتها (لا تُغيَّر).</translation>
    </message>
    <message>
        <source>%1 needs --db PATH of an existing database</source>
        <translation>يحتاج %1 إلى --db PATH لقاعدة بيانات موجودة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number; case numbers look like LY-2026-0001.</source>
        <translation>«%1» ليس رقم قضية؛ أرقام القضايا على شكل LY-2026-0001.</translation>
    </message>
    <message>
        <source>Only open cases (not closed, transferred or a false alarm).</source>
        <translation>القضايا المفتوحة فقط (غير المغلقة أو المحالة أو الإنذارات الكاذبة).</translation>
    </message>
    <message>
        <source>Only cases in this phase: incerfa, alerfa or detresfa.</source>
        <translation>القضايا في هذه المرحلة فقط: incerfa أو alerfa أو detresfa.</translation>
    </message>
    <message>
        <source>Only cases with this status: %1.</source>
        <translation>القضايا بهذه الحالة فقط: %1.</translation>
    </message>
    <message>
        <source>--phase must be incerfa, alerfa or detresfa.</source>
        <translation>يجب أن تكون قيمة --phase إحدى: incerfa أو alerfa أو detresfa.</translation>
    </message>
    <message>
        <source>--status must be one of: %1.</source>
        <translation>يجب أن تكون قيمة --status إحدى: %1.</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>لا توجد قضايا.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>First alert (UTC)</source>
        <translation>أول إنذار (UTC)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>POB</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>SRR</source>
        <translation>منطقة البحث والإنقاذ</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>تمرين</translation>
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
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1 rescued, %2 dead, %3 missing</source>
        <translation>%1 ناجون، %2 متوفون، %3 مفقودون</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>لم تُسجَّل</translation>
    </message>
    <message>
        <source>Alert source</source>
        <translation>مصدر الإنذار</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>نصف قطر عدم اليقين</translation>
    </message>
    <message>
        <source>%1 NM</source>
        <translation>%1 ميل بحري</translation>
    </message>
    <message>
        <source>SRRs</source>
        <translation>مناطق البحث والإنقاذ</translation>
    </message>
    <message>
        <source>Craft</source>
        <translation>القارب</translation>
    </message>
    <message>
        <source>Craft condition</source>
        <translation>حالة القارب</translation>
    </message>
    <message>
        <source>Persons on board</source>
        <translation>الأشخاص على متنه</translation>
    </message>
    <message>
        <source>%1 (men %2, women %3, children %4)</source>
        <translation>%1 (رجال %2، نساء %3، أطفال %4)</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>الطقس</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>id %1, version %2</source>
        <translation>المعرّف %1، الإصدار %2</translation>
    </message>
    <message>
        <source>The case number, e.g. LY-2026-0001.</source>
        <translation>رقم القضية، مثل LY-2026-0001.</translation>
    </message>
    <message>
        <source>incident show needs one case number, e.g. LY-2026-0001.</source>
        <translation>يحتاج incident show إلى رقم قضية واحد، مثل LY-2026-0001.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>csv or geojson.</source>
        <translation>csv أو geojson.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>Export only this case.</source>
        <translation>تصدير هذه القضية فقط.</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>استبدال الملف إن كان موجوداً.</translation>
    </message>
    <message>
        <source>--format must be csv or geojson.</source>
        <translation>يجب أن تكون قيمة --format إما csv أو geojson.</translation>
    </message>
    <message>
        <source>incident export needs --out FILE.</source>
        <translation>يحتاج incident export إلى --out FILE.</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is; add --force to replace it.</source>
        <translation>%1 موجود بالفعل وقد تُرك كما هو؛ أضف --force لاستبداله.</translation>
    </message>
    <message>
        <source>wrote %1 (incidents: %2)</source>
        <translation>كُتب %1 (القضايا: %2)</translation>
    </message>
    <message>
        <source>incident needs list, show or export.</source>
        <translation>يحتاج incident إلى list أو show أو export.</translation>
    </message>
    <message>
        <source>unknown incident command &quot;%1&quot;</source>
        <translation>أمر incident غير معروف «%1»</translation>
    </message>
    <message>
        <source>lines: %1</source>
        <translation>الأسطر: %1</translation>
    </message>
    <message>
        <source>messages: %1</source>
        <translation>الرسائل: %1</translation>
    </message>
    <message>
        <source>  type %1: %2</source>
        <translation>  النوع %1: %2</translation>
    </message>
    <message>
        <source>rejected lines: %1</source>
        <translation>الأسطر المرفوضة: %1</translation>
    </message>
    <message>
        <source>other NMEA sentences: %1</source>
        <translation>جمل NMEA أخرى: %1</translation>
    </message>
    <message>
        <source>Decodes AIS sentences (NMEA !AIVDM/!AIVDO lines, with or without tag blocks) from the files, or standard input, into one gpsd JSON object per message, as gpsdecode -j prints them.</source>
        <translation>يفك ترميز جمل AIS (أسطر NMEA ‏!AIVDM/!AIVDO، مع كتل الوسوم أو بدونها) من الملفات أو من الدخل القياسي إلى كائن JSON واحد بصيغة gpsd لكل رسالة، كما يطبعها gpsdecode -j.</translation>
    </message>
    <message>
        <source>Files to read; none or - for standard input.</source>
        <translation>الملفات المراد قراءتها؛ لا شيء أو - للدخل القياسي.</translation>
    </message>
    <message>
        <source>Print the messages by type and the rejected lines by reason to standard error.</source>
        <translation>اطبع الرسائل حسب النوع والأسطر المرفوضة حسب السبب على الخطأ القياسي.</translation>
    </message>
    <message>
        <source>Decode without writing JSON; print the number of messages.</source>
        <translation>فك الترميز دون كتابة JSON؛ اطبع عدد الرسائل.</translation>
    </message>
    <message>
        <source>Print type 24 parts A and B that were not joined, as gpsdecode --split24 does.</source>
        <translation>اطبع جزأي A وB من النوع 24 اللذين لم يُضمّا، كما يفعل gpsdecode --split24.</translation>
    </message>
    <message>
        <source>How long a fragment waits for the rest of its message.</source>
        <translation>المدة التي ينتظر فيها الجزء بقية رسالته.</translation>
    </message>
    <message>
        <source>--timeout-ms must be a whole number of milliseconds.</source>
        <translation>يجب أن تكون قيمة ‎--timeout-ms عددًا صحيحًا من الميلي ثانية.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>تعذّرت قراءة %1</translation>
    </message>
    <message>
        <source>Writes a realistic Central Mediterranean AIS feed (NMEA sentences with tag blocks) to standard output.</source>
        <translation>يكتب تغذية AIS واقعية لوسط البحر المتوسط (جمل NMEA مع كتل الوسوم) على الخرج القياسي.</translation>
    </message>
    <message>
        <source>How many sentences.</source>
        <translation>عدد الجمل.</translation>
    </message>
    <message>
        <source>The same seed gives the same feed.</source>
        <translation>البذرة نفسها تعطي التغذية نفسها.</translation>
    </message>
    <message>
        <source>How many vessels.</source>
        <translation>عدد السفن.</translation>
    </message>
    <message>
        <source>Sentences without tag blocks.</source>
        <translation>جمل بدون كتل وسوم.</translation>
    </message>
    <message>
        <source>generate needs --count N, a whole number from 0 to 100000000.</source>
        <translation>يحتاج generate إلى ‎--count N، وهو عدد صحيح من 0 إلى 100000000.</translation>
    </message>
    <message>
        <source>--seed must be a whole number, --ships one from 2 to 100000.</source>
        <translation>يجب أن تكون ‎--seed عددًا صحيحًا، و‎--ships عددًا من 2 إلى 100000.</translation>
    </message>
    <message>
        <source>ais needs decode or generate.</source>
        <translation>يحتاج ais إلى decode أو generate.</translation>
    </message>
    <message>
        <source>unknown ais command &quot;%1&quot;</source>
        <translation>أمر ais غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ingest: %1 lines, %2 positions (%3 a second)</source>
        <translation>الاستيراد: %1 سطرًا، %2 موقعًا (%3 في الثانية)</translation>
    </message>
    <message>
        <source>Decodes AIS log files (NMEA with tag blocks; - for standard input) into the vessel tracks of a database, created if need be.</source>
        <translation>يفك ترميز ملفات سجل AIS (NMEA مع كتل الوسوم؛ - للإدخال القياسي) إلى مسارات السفن في قاعدة بيانات، تُنشأ عند الحاجة.</translation>
    </message>
    <message>
        <source>The database.</source>
        <translation>قاعدة البيانات.</translation>
    </message>
    <message>
        <source>AIS log files.</source>
        <translation>ملفات سجل AIS.</translation>
    </message>
    <message>
        <source>ingest needs --db PATH and at least one FILE</source>
        <translation>يتطلب ingest الخيار --db PATH وملفًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>stored %1 positions of %2 stations and %3 static records from %4 lines (%5 messages; %6 rejected lines; %7 messages without a time; %8 repeated positions)</source>
        <translation>حُفظ %1 موقعًا لـ%2 محطة و%3 سجلًا ثابتًا من %4 سطرًا (%5 رسالة؛ %6 سطرًا مرفوضًا؛ %7 رسالة بلا وقت؛ %8 موقعًا مكررًا)</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>لا توجد قاعدة بيانات في %1.</translation>
    </message>
    <message>
        <source>Thin positions older than this many days (default: the database&apos;s retention setting, 7 days).</source>
        <translation>خفّف المواقع الأقدم من هذا العدد من الأيام (الافتراضي: إعداد الاحتفاظ في قاعدة البيانات، 7 أيام).</translation>
    </message>
    <message>
        <source>Keep points further than this from the simplified track (metres; default: the retention setting, 25).</source>
        <translation>احتفظ بالنقاط الأبعد من هذا عن المسار المبسّط (بالمتر؛ الافتراضي: إعداد الاحتفاظ، 25).</translation>
    </message>
    <message>
        <source>Keep at least one point this often (minutes; default: the retention setting, 10).</source>
        <translation>احتفظ بنقطة واحدة على الأقل كل هذه المدة (بالدقائق؛ الافتراضي: إعداد الاحتفاظ، 10).</translation>
    </message>
    <message>
        <source>tracks thin needs --db PATH</source>
        <translation>يتطلب tracks thin الخيار --db PATH</translation>
    </message>
    <message>
        <source>--older-than must be a whole number of days from 0 to 3650.</source>
        <translation>يجب أن يكون --older-than عددًا صحيحًا من الأيام من 0 إلى 3650.</translation>
    </message>
    <message>
        <source>--tolerance must be a number of metres from 0 to 1000.</source>
        <translation>يجب أن يكون --tolerance عددًا من الأمتار من 0 إلى 1000.</translation>
    </message>
    <message>
        <source>--max-gap must be a whole number of minutes from 1 to 1440.</source>
        <translation>يجب أن يكون --max-gap عددًا صحيحًا من الدقائق من 1 إلى 1440.</translation>
    </message>
    <message>
        <source>removed %1 of %2 positions older than %3 (%4 vessels; tolerance %5 m, a point at least every %6 min)</source>
        <translation>حُذف %1 من %2 موقعًا أقدم من %3 (%4 سفينة؛ السماحية %5 م، نقطة على الأقل كل %6 دقيقة)</translation>
    </message>
    <message>
        <source>The vessel&apos;s MMSI.</source>
        <translation>رقم MMSI للسفينة.</translation>
    </message>
    <message>
        <source>Start, UTC: 2026-11-18T06:00:00Z or a date.</source>
        <translation>البداية بالتوقيت العالمي: 2026-11-18T06:00:00Z أو تاريخ.</translation>
    </message>
    <message>
        <source>End, UTC, included.</source>
        <translation>النهاية بالتوقيت العالمي، مشمولة.</translation>
    </message>
    <message>
        <source>The file: .gpx or .geojson.</source>
        <translation>الملف: ‎.gpx أو ‎.geojson.</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>استبدل ملفًا موجودًا.</translation>
    </message>
    <message>
        <source>tracks export needs --db PATH --mmsi N --from TIME --to TIME --out FILE</source>
        <translation>يتطلب tracks export الخيارات --db PATH --mmsi N --from TIME --to TIME --out FILE</translation>
    </message>
    <message>
        <source>--mmsi must be an MMSI: a number of up to nine digits.</source>
        <translation>يجب أن يكون --mmsi رقم MMSI: عددًا من تسعة أرقام على الأكثر.</translation>
    </message>
    <message>
        <source>--from and --to must be UTC times like 2026-11-18T06:00:00Z, or dates.</source>
        <translation>يجب أن يكون --from و--to أوقاتًا بالتوقيت العالمي مثل 2026-11-18T06:00:00Z، أو تواريخ.</translation>
    </message>
    <message>
        <source>The time window ends before it starts: choose a start before the end.</source>
        <translation>تنتهي الفترة الزمنية قبل أن تبدأ: اختر بداية قبل النهاية.</translation>
    </message>
    <message>
        <source>--out must name a .gpx or .geojson file.</source>
        <translation>يجب أن يسمّي --out ملف ‎.gpx أو ‎.geojson.</translation>
    </message>
    <message>
        <source>No positions of MMSI %1 between %2 and %3; nothing written.</source>
        <translation>لا توجد مواقع لرقم MMSI %1 بين %2 و%3؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>wrote %1 positions of MMSI %2 to %3</source>
        <translation>كُتب %1 موقعًا لرقم MMSI %2 في %3</translation>
    </message>
    <message>
        <source>wrote %1 positions of %2 (MMSI %3) to %4</source>
        <translation>كُتب %1 موقعًا للسفينة %2 (MMSI %3) في %4</translation>
    </message>
    <message>
        <source>tracks needs thin or export; see marsa-cli --help.</source>
        <translation>يتطلب tracks الأمر thin أو export؛ انظر marsa-cli --help.</translation>
    </message>
    <message>
        <source>%1 must be a day such as 2026-11-23, not &quot;%2&quot;.</source>
        <translation>يجب أن يكون %1 يوماً مثل 2026-11-23، لا «%2».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Only this port or place (its key, e.g. tripoli; other: positions).</source>
        <translation>هذا الميناء أو المكان فقط (مفتاحه، مثل tripoli؛ other للمواقع).</translation>
    </message>
    <message>
        <source>Brought ashore on or after this day (UTC).</source>
        <translation>أُنزلوا إلى البر في هذا اليوم أو بعده (بالتوقيت العالمي).</translation>
    </message>
    <message>
        <source>Brought ashore on or before this day (UTC).</source>
        <translation>أُنزلوا إلى البر في هذا اليوم أو قبله (بالتوقيت العالمي).</translation>
    </message>
    <message>
        <source>Only handovers at this step: %1.</source>
        <translation>عمليات التسليم في هذه المرحلة فقط: %1.</translation>
    </message>
    <message>
        <source>Only those with a discrepancy.</source>
        <translation>ما فيه فرق فقط.</translation>
    </message>
    <message>
        <source>Only those with a discrepancy not yet explained.</source>
        <translation>ما فيه فرق لم يُفسَّر بعد فقط.</translation>
    </message>
    <message>
        <source>--step must be one of: %1.</source>
        <translation>يجب أن تكون قيمة ‎--step إحدى: %1.</translation>
    </message>
    <message>
        <source>%1 explained</source>
        <translation>فُسِّر %1</translation>
    </message>
    <message>
        <source>%1 of %2 unexplained</source>
        <translation>%1 من %2 دون تفسير</translation>
    </message>
    <message>
        <source>No disembarkations.</source>
        <translation>لا توجد عمليات إنزال.</translation>
    </message>
    <message>
        <source>Disembarkation</source>
        <translation>الإنزال</translation>
    </message>
    <message>
        <source>Ashore (UTC)</source>
        <translation>على البر (بالتوقيت العالمي)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>أطفال</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>جثث</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>الفروق</translation>
    </message>
    <message>
        <source>The file to write: .csv or .json.</source>
        <translation>الملف المطلوب كتابته: ‎.csv أو ‎.json.</translation>
    </message>
    <message>
        <source>disembarkation export needs --out FILE.csv or FILE.json.</source>
        <translation>يحتاج disembarkation export إلى ‎--out FILE.csv أو FILE.json.</translation>
    </message>
    <message>
        <source>wrote %1 (disembarkations: %2)</source>
        <translation>كُتب %1 (عمليات الإنزال: %2)</translation>
    </message>
    <message>
        <source>Boats</source>
        <translation>القوارب</translation>
    </message>
    <message>
        <source>Unaccompanied</source>
        <translation>غير مصحوبين</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>متوفون</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقودون</translation>
    </message>
    <message>
        <source>Medical cases</source>
        <translation>حالات طبية</translation>
    </message>
    <message>
        <source>Evacuated</source>
        <translation>أُخلوا</translation>
    </message>
    <message>
        <source>unknown disembarkation command &quot;%1&quot;</source>
        <translation>أمر disembarkation غير معروف «%1»</translation>
    </message>
    <message>
        <source>The first day (UTC).</source>
        <translation>اليوم الأول (بالتوقيت العالمي).</translation>
    </message>
    <message>
        <source>The last day (UTC).</source>
        <translation>اليوم الأخير (بالتوقيت العالمي).</translation>
    </message>
    <message>
        <source>week (ISO 8601, Monday to Sunday) or month.</source>
        <translation>week (أسبوع ISO 8601، من الاثنين إلى الأحد) أو month (شهر).</translation>
    </message>
    <message>
        <source>Also write the figures as CSV in IOM&apos;s weekly-update layout.</source>
        <translation>اكتب الأرقام أيضاً بصيغة CSV وفق تخطيط التحديث الأسبوعي للمنظمة الدولية للهجرة.</translation>
    </message>
    <message>
        <source>Count approved handovers only.</source>
        <translation>احسب عمليات التسليم المعتمدة فقط.</translation>
    </message>
    <message>
        <source>Replace the CSV file if it exists.</source>
        <translation>استبدل ملف CSV إن كان موجوداً.</translation>
    </message>
    <message>
        <source>stats needs --from DAY and --to DAY.</source>
        <translation>يحتاج stats إلى ‎--from DAY و‎--to DAY.</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>‎--to (%1) يسبق ‎--from (%2).</translation>
    </message>
    <message>
        <source>--by must be week or month.</source>
        <translation>يجب أن تكون قيمة ‎--by إما week أو month.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
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
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Disembarkation point</source>
        <translation>نقطة الإنزال</translation>
    </message>
    <message>
        <source>wrote %1 (periods: %2)</source>
        <translation>كُتب %1 (الفترات: %2)</translation>
    </message>
    <message>
        <source>--id must be a disembarkation&apos;s number, not &quot;%1&quot;.</source>
        <translation>يجب أن يكون --id رقم عملية إنزال، لا &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No disembarkation %1; marsa-cli disembarkation list shows them.</source>
        <translation>لا توجد عملية إنزال %1؛ يعرضها الأمر marsa-cli disembarkation list.</translation>
    </message>
    <message>
        <source>The disembarkation, e.g. LY-2026-0001/1.</source>
        <translation>عملية الإنزال، مثل LY-2026-0001/1.</translation>
    </message>
    <message>
        <source>The disembarkation&apos;s number in the database.</source>
        <translation>رقم عملية الإنزال في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Right to left, with the Arabic names of places and facilities.</source>
        <translation>من اليمين إلى اليسار، بالأسماء العربية للأماكن والمرافق.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>ملف PDF المراد كتابته.</translation>
    </message>
    <message>
        <source>disembarkation pdf needs either --ref REFERENCE or --id N.</source>
        <translation>يحتاج disembarkation pdf إلى ‎--ref REFERENCE أو ‎--id N.</translation>
    </message>
    <message>
        <source>disembarkation pdf needs --out FILE.pdf.</source>
        <translation>يحتاج disembarkation pdf إلى ‎--out FILE.pdf.</translation>
    </message>
    <message>
        <source>wrote %1 (disembarkation %2)</source>
        <translation>كُتب %1 (عملية الإنزال %2)</translation>
    </message>
    <message>
        <source>disembarkation needs list, export or pdf.</source>
        <translation>يحتاج disembarkation إلى list أو export أو pdf.</translation>
    </message>
    <message>
        <source>The database to copy: an SQLite file or a postgresql:// URL.</source>
        <translation>قاعدة البيانات المراد نسخها: ملف SQLite أو عنوان postgresql://.</translation>
    </message>
    <message>
        <source>The new or empty database to copy into: an SQLite file or a postgresql:// URL.</source>
        <translation>قاعدة البيانات الجديدة أو الفارغة التي يُنسخ إليها: ملف SQLite أو عنوان postgresql://.</translation>
    </message>
    <message>
        <source>db copy needs --from of an existing database and --to a new or empty one</source>
        <translation>يتطلب db copy الخيار ‎--from لقاعدة بيانات موجودة والخيار ‎--to لقاعدة جديدة أو فارغة</translation>
    </message>
    <message>
        <source>--from and --to name the same database</source>
        <translation>يشير ‎--from و‎--to إلى قاعدة البيانات نفسها</translation>
    </message>
    <message>
        <source>the source was at schema version %1 and has been brought to version %2</source>
        <translation>كان المصدر بإصدار المخطط %1 ورُقّي إلى الإصدار %2</translation>
    </message>
    <message>
        <source>table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>copied %1 rows of %2 tables from %3 to %4 in %5 s (schema version %6)</source>
        <translation>نُسخ %1 صفًا من %2 جدولًا من %3 إلى %4 في %5 ث (إصدار المخطط %6)</translation>
    </message>
    <message>
        <source>audit log intact on the target: %1 rows, every hash matches</source>
        <translation>سجل التدقيق سليم في الهدف: %1 صفًا، وكل التجزئات مطابقة</translation>
    </message>
    <message>
        <source>db needs copy; see marsa-cli --help.</source>
        <translation>يتطلب db الأمر copy؛ انظر marsa-cli --help.</translation>
    </message>
    <message>
        <source>There is no scenario %1: name a file or one of marsa-cli scenario list.</source>
        <translation>لا يوجد سيناريو %1: سمِّ ملفاً أو أحد ما يعرضه marsa-cli scenario list.</translation>
    </message>
    <message>
        <source>The scenario is not valid; nothing was written:
%1</source>
        <translation>السيناريو غير صالح؛ لم يُكتب شيء:
%1</translation>
    </message>
    <message>
        <source>The operational database the exercise takes its places, users, assets and facilities from.</source>
        <translation>قاعدة البيانات العملياتية التي يأخذ منها التمرين أماكنه ومستخدميه ووحداته ومرافقه.</translation>
    </message>
    <message>
        <source>The new SQLite file of the exercise.</source>
        <translation>ملف SQLite الجديد للتمرين.</translation>
    </message>
    <message>
        <source>The exercise&apos;s name, shown on every console.</source>
        <translation>اسم التمرين، يظهر على كل وحدة.</translation>
    </message>
    <message>
        <source>The scenario the exercise runs: a file, or a shipped one as marsa-cli scenario list names it.</source>
        <translation>السيناريو الذي يجري عليه التمرين: ملف، أو سيناريو مرفق باسمه كما يعرضه marsa-cli scenario list.</translation>
    </message>
    <message>
        <source>exercise create needs --from of an existing database, --to a new file and --name</source>
        <translation>يحتاج exercise create إلى ‎--from لقاعدة بيانات موجودة و‎--to لملف جديد و‎--name</translation>
    </message>
    <message>
        <source>%1 exists already and was left as it is: an exercise goes into a new file.</source>
        <translation>%1 موجود مسبقاً وتُرك كما هو: يُكتب التمرين في ملف جديد.</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>created the exercise &quot;%1&quot; in %2 from %3 (no case, no audit row: the exercise starts empty)</source>
        <translation>أُنشئ التمرين «%1» في %2 من %3 (بلا قضايا ولا صفوف تدقيق: يبدأ التمرين فارغاً)</translation>
    </message>
    <message>
        <source>it runs the scenario %1 with T+0 at %2 and %3 units of its own</source>
        <translation>يجري على السيناريو %1 وبدايته T+0 في %2 ومعه %3 من الوحدات الخاصة به</translation>
    </message>
    <message>
        <source>exercise needs create or debrief; see marsa-cli --help.</source>
        <translation>يحتاج exercise إلى create أو debrief؛ انظر marsa-cli --help.</translation>
    </message>
    <message>
        <source>The exercise database.</source>
        <translation>قاعدة بيانات التمرين.</translation>
    </message>
    <message>
        <source>JSON for tools instead of text.</source>
        <translation>JSON للأدوات بدلاً من النص.</translation>
    </message>
    <message>
        <source>Also write the debrief as a PDF.</source>
        <translation>اكتب التقييم أيضاً بصيغة PDF.</translation>
    </message>
    <message>
        <source>Replace an existing PDF.</source>
        <translation>استبدل ملف PDF الموجود.</translation>
    </message>
    <message>
        <source>Lay the PDF out right to left.</source>
        <translation>رتّب ملف PDF من اليمين إلى اليسار.</translation>
    </message>
    <message>
        <source>exercise debrief needs --db of an existing exercise database.</source>
        <translation>يحتاج exercise debrief إلى ‎--db لقاعدة بيانات تمرين موجودة.</translation>
    </message>
    <message>
        <source>exercise debrief needs --pdf FILE.pdf.</source>
        <translation>يحتاج exercise debrief إلى ‎--pdf FILE.pdf.</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>كُتب %1</translation>
    </message>
    <message>
        <source>The database whose journal to replay.</source>
        <translation>قاعدة البيانات التي يُعاد تشغيل سجلها الزمني.</translation>
    </message>
    <message>
        <source>Replay this case, from its first alert to its last change.</source>
        <translation>إعادة تشغيل هذه الحالة، من أول إنذار إلى آخر تغيير فيها.</translation>
    </message>
    <message>
        <source>Start of the window (UTC).</source>
        <translation>بداية الفترة (التوقيت العالمي).</translation>
    </message>
    <message>
        <source>End of the window (UTC).</source>
        <translation>نهاية الفترة (التوقيت العالمي).</translation>
    </message>
    <message>
        <source>The instant: a UTC time, start or end.</source>
        <translation>اللحظة: وقت بالتوقيت العالمي، أو start أو end.</translation>
    </message>
    <message>
        <source>Print the state at the instant as JSON.</source>
        <translation>طباعة الحالة في تلك اللحظة بصيغة JSON.</translation>
    </message>
    <message>
        <source>replay needs --db PATH of an existing database, either --incident CASE or --from T --to T, --at T (a UTC time, start or end) and --state</source>
        <translation>يحتاج replay إلى ‎--db PATH‎ لقاعدة بيانات موجودة، وإما ‎--incident CASE‎ أو ‎--from T --to T‎، و‎--at T‎ (وقت بالتوقيت العالمي أو start أو end) و‎--state‎</translation>
    </message>
    <message>
        <source>The journal holds nothing of case %1.</source>
        <translation>لا يحوي السجل شيئًا عن القضية %1.</translation>
    </message>
    <message>
        <source>--from and --to must be UTC times (2026-11-18T06:00:00Z), --from first</source>
        <translation>يجب أن يكون ‎--from‎ و‎--to‎ وقتين بالتوقيت العالمي (2026-11-18T06:00:00Z)، و‎--from‎ أولًا</translation>
    </message>
    <message>
        <source>--at must be a UTC time inside the window (%1 to %2), start or end</source>
        <translation>يجب أن يكون ‎--at‎ وقتًا بالتوقيت العالمي داخل الفترة (%1 إلى %2)، أو start أو end</translation>
    </message>
    <message>
        <source>%1: valid: &quot;%2&quot;; cases %3, AIS vessels %4, assets %5, injects %6, duration %7</source>
        <translation>%1: صالح: &quot;%2&quot;؛ الحالات %3، سفن AIS %4، الوحدات %5، الأحداث المُدرجة %6، المدة %7</translation>
    </message>
    <message>
        <source>Scenario files to check.</source>
        <translation>ملفات السيناريو المراد فحصها.</translation>
    </message>
    <message>
        <source>Also check that the existing assets named are in this database.</source>
        <translation>تحقق أيضًا من وجود الوحدات المذكورة في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>scenario validate needs a FILE</source>
        <translation>يتطلب scenario validate ملفًا</translation>
    </message>
    <message>
        <source>--db must name an existing database</source>
        <translation>يجب أن يشير ‎--db إلى قاعدة بيانات موجودة</translation>
    </message>
    <message>
        <source>%1Z on the day the exercise is created</source>
        <translation>%1Z في يوم إنشاء التمرين</translation>
    </message>
    <message>
        <source>when the exercise is created</source>
        <translation>عند إنشاء التمرين</translation>
    </message>
    <message>
        <source>The scenario file.</source>
        <translation>ملف السيناريو.</translation>
    </message>
    <message>
        <source>scenario show needs one FILE</source>
        <translation>يتطلب scenario show ملفًا واحدًا</translation>
    </message>
    <message>
        <source>T+0: %1; duration %2</source>
        <translation>T+0: %1؛ المدة %2</translation>
    </message>
    <message>
        <source>positions of %1:</source>
        <translation>مواقع %1:</translation>
    </message>
    <message>
        <source>(not valid)</source>
        <translation>(غير صالح)</translation>
    </message>
    <message>
        <source>scenario needs validate FILE, show FILE or list; see marsa-cli --help.</source>
        <translation>يتطلب scenario الأمر validate FILE أو show FILE أو list؛ انظر marsa-cli --help.</translation>
    </message>
    <message>
        <source>--replay FROM TO takes two UTC times (2026-11-18T06:00:00Z), FROM first</source>
        <translation>يأخذ ‎--replay FROM TO‎ وقتين بالتوقيت العالمي (2026-11-18T06:00:00Z)، و‎FROM‎ أولًا</translation>
    </message>
    <message>
        <source>created the exercise &quot;%1&quot; in %2 from the replay window %3 to %4 UTC of %5: T+0 at %3, %6 alerts, %7 notes of the real watch for the trainer; no case (the trainees open their own)</source>
        <translation>أُنشئ التمرين &quot;%1&quot; في %2 من فترة الإعادة %3 إلى %4 بالتوقيت العالمي من %5: البداية T+0 عند %3، و%6 بلاغات، و%7 ملاحظات عن عمل المناوبة الفعلية للمدرّب؛ دون أي قضية (يفتح المتدربون قضاياهم بأنفسهم)</translation>
    </message>
    <message>
        <source>An exercise from a copy of this replay window: --replay FROM TO, UTC times as marsa-cli replay takes them.</source>
        <translation>تمرين من نسخة لفترة الإعادة هذه: ‎--replay FROM TO‎، بأوقات بالتوقيت العالمي كما يأخذها ‎marsa-cli replay‎.</translation>
    </message>
    <message>
        <source>An exercise from a copy of this case&apos;s replay window, from its first alert to its last change.</source>
        <translation>تمرين من نسخة لفترة إعادة هذه القضية، من أول بلاغ فيها إلى آخر تغيير عليها.</translation>
    </message>
    <message>
        <source>The end of the --replay window (UTC).</source>
        <translation>نهاية فترة ‎--replay‎ (بالتوقيت العالمي).</translation>
    </message>
    <message>
        <source>exercise create takes at most one of --scenario FILE, --replay FROM TO and --incident CASE</source>
        <translation>يأخذ ‎exercise create‎ خيارًا واحدًا على الأكثر من ‎--scenario FILE‎ و‎--replay FROM TO‎ و‎--incident CASE‎</translation>
    </message>
</context>
<context>
    <name>marsa::core::AlertSource</name>
    <message>
        <source>Distress call</source>
        <translation>نداء استغاثة</translation>
    </message>
    <message>
        <source>Alarm Phone</source>
        <translation>هاتف الإنذار (Alarm Phone)</translation>
    </message>
    <message>
        <source>MRCC Rome</source>
        <translation>مركز تنسيق الإنقاذ البحري في روما</translation>
    </message>
    <message>
        <source>RCC Valletta</source>
        <translation>مركز تنسيق الإنقاذ في فاليتا</translation>
    </message>
    <message>
        <source>Aircraft sighting</source>
        <translation>رصد من طائرة</translation>
    </message>
    <message>
        <source>Own patrol</source>
        <translation>دورية تابعة لنا</translation>
    </message>
    <message>
        <source>Merchant vessel</source>
        <translation>سفينة تجارية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>marsa::core::Countries</name>
    <message>
        <source>Nationality unknown</source>
        <translation>الجنسية غير معروفة</translation>
    </message>
</context>
<context>
    <name>marsa::core::CraftType</name>
    <message>
        <source>Rubber boat</source>
        <translation>قارب مطاطي</translation>
    </message>
    <message>
        <source>Wooden boat</source>
        <translation>قارب خشبي</translation>
    </message>
    <message>
        <source>Fibreglass boat</source>
        <translation>قارب من الألياف الزجاجية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>marsa::core::Disembarkation</name>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Detention centre</source>
        <translation>مركز احتجاز</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>مستشفى</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>أُطلق سراحهم</translation>
    </message>
    <message>
        <source>Coast Guard declaration</source>
        <translation>إقرار خفر السواحل</translation>
    </message>
    <message>
        <source>DCIM acknowledgement</source>
        <translation>إقرار استلام جهاز مكافحة الهجرة غير الشرعية</translation>
    </message>
    <message>
        <source>Red Crescent medical record</source>
        <translation>السجل الطبي للهلال الأحمر</translation>
    </message>
    <message>
        <source>Supervisor review</source>
        <translation>مراجعة المشرف</translation>
    </message>
    <message>
        <source>Declared by the Coast Guard</source>
        <translation>أقرّه خفر السواحل</translation>
    </message>
    <message>
        <source>Acknowledged by DCIM</source>
        <translation>استلمه جهاز مكافحة الهجرة غير الشرعية</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>أُعيد</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Returned to step %1 (%2)</source>
        <translation>أُعيد إلى المرحلة %1 (%2)</translation>
    </message>
    <message>
        <source>Persons on board</source>
        <translation>الأشخاص على متنه</translation>
    </message>
    <message>
        <source>Rescued and disembarked</source>
        <translation>الناجون والمُنزَلون</translation>
    </message>
    <message>
        <source>Handed over and received</source>
        <translation>المُسلَّمون والمُستلَمون</translation>
    </message>
    <message>
        <source>Dead and bodies brought ashore</source>
        <translation>المتوفون والجثث المُنزَلة إلى البر</translation>
    </message>
    <message>
        <source>Bodies handed over and recorded</source>
        <translation>الجثث المُسلَّمة والمُسجَّلة</translation>
    </message>
    <message>
        <source>Medical cases referred and recorded</source>
        <translation>الحالات الطبية المُحالة والمُسجَّلة</translation>
    </message>
</context>
<context>
    <name>marsa::core::HandoverRules</name>
    <message>
        <source>%1 were reported on board, but rescued, dead and missing add up to %2 (%3 + %4 + %5).</source>
        <translation>أُبلغ عن %1 على متن القارب، لكن مجموع الناجين والمتوفين والمفقودين %2 (%3 + %4 + %5).</translation>
    </message>
    <message>
        <source>%1 rescued (case outcome), but %2 disembarked.</source>
        <translation>%1 ناجون (نتيجة القضية)، لكن المُنزَلين %2.</translation>
    </message>
    <message>
        <source>%1 rescued (case outcome), but %2 disembarked: %3 here and %4 at the case&apos;s other disembarkations.</source>
        <translation>%1 ناجون (نتيجة القضية)، لكن المُنزَلين %2: %3 هنا و%4 في عمليات الإنزال الأخرى للقضية.</translation>
    </message>
    <message>
        <source>%1 dead (case outcome), but %2 bodies brought ashore.</source>
        <translation>%1 متوفون (نتيجة القضية)، لكن الجثث المُنزَلة إلى البر %2.</translation>
    </message>
    <message>
        <source>%1 handed over by the Coast Guard, but %2 received by DCIM and %3 evacuated to hospital (%4 in all).</source>
        <translation>سلّم خفر السواحل %1، لكن جهاز مكافحة الهجرة غير الشرعية استلم %2 وأُخلي %3 إلى المستشفى (%4 في المجموع).</translation>
    </message>
    <message>
        <source>The Coast Guard handed over %1 bodies, the Red Crescent recorded %2.</source>
        <translation>سلّم خفر السواحل %1 جثث، وسجّل الهلال الأحمر %2.</translation>
    </message>
    <message>
        <source>%1 persons were referred to medical care, but the Red Crescent recorded %2 medical cases.</source>
        <translation>أُحيل %1 أشخاص إلى الرعاية الطبية، لكن الهلال الأحمر سجّل %2 حالات طبية.</translation>
    </message>
    <message>
        <source>Handover %1 is approved and locked: correct it with an amendment.</source>
        <translation>التسليم %1 معتمد ومقفل: صحّحه بتعديل.</translation>
    </message>
    <message>
        <source>Handover %1 was returned to step %2 (%3), which is signed again first.</source>
        <translation>أُعيد التسليم %1 إلى المرحلة %2 (%3)، ويجب توقيعها من جديد أولاً.</translation>
    </message>
    <message>
        <source>Handover %1 waits for step %2 (%3).</source>
        <translation>التسليم %1 بانتظار المرحلة %2 (%3).</translation>
    </message>
    <message>
        <source>You signed step %1 of handover %2: another supervisor reviews it.</source>
        <translation>وقّعت المرحلة %1 من التسليم %2: يراجعه مشرف آخر.</translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>لا يمكن أن تكون الأعداد سالبة.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166 country code; record persons whose nationality is not known as “unknown”.</source>
        <translation>«%1» ليس رمز دولة وفق ISO 3166؛ سجّل الأشخاص مجهولي الجنسية بالقيمة «unknown».</translation>
    </message>
    <message>
        <source>Give each nationality a count above zero.</source>
        <translation>أدخل لكل جنسية عدداً أكبر من صفر.</translation>
    </message>
    <message>
        <source>%1 is listed twice among the nationalities.</source>
        <translation>%1 مذكورة مرتين بين الجنسيات.</translation>
    </message>
    <message>
        <source>The nationalities add up to %1, but %2 persons were handed over: record the remaining %3 as unknown.</source>
        <translation>مجموع الجنسيات %1، لكن عدد المُسلَّمين %2: سجّل الـ%3 الباقين بجنسية غير معروفة.</translation>
    </message>
    <message>
        <source>The nationalities add up to %1, more than the %2 persons handed over.</source>
        <translation>مجموع الجنسيات %1، أكثر من الأشخاص المُسلَّمين وعددهم %2.</translation>
    </message>
    <message>
        <source>Choose the hospital from the list.</source>
        <translation>اختر المستشفى من القائمة.</translation>
    </message>
    <message>
        <source>Choose the detention centre from the list.</source>
        <translation>اختر مركز الاحتجاز من القائمة.</translation>
    </message>
    <message>
        <source>%1 is no longer in use: choose another hospital.</source>
        <translation>%1 لم يعد مستخدماً: اختر مستشفى آخر.</translation>
    </message>
    <message>
        <source>%1 is no longer in use: choose another detention centre.</source>
        <translation>%1 لم يعد مستخدماً: اختر مركز احتجاز آخر.</translation>
    </message>
    <message>
        <source>Only the %1 signs step %2 (%3); you sign for the %4.</source>
        <translation>لا يوقّع المرحلة %2 (%3) إلا %1؛ وأنت توقّع باسم %4.</translation>
    </message>
    <message>
        <source>Only a supervisor reviews a handover.</source>
        <translation>لا يراجع التسليم إلا مشرف.</translation>
    </message>
    <message>
        <source>A disembarkation is declared for a case on scene, rescued or disembarked; case %1 is %2.</source>
        <translation>يُقرّ الإنزال لقضية وصلت وحدة إلى موقعها أو اكتمل إنقاذها أو أُنزل أشخاصها؛ وحالة القضية %1 هي %2.</translation>
    </message>
    <message>
        <source>Record the outcome of case %1 (rescued, dead, missing) before declaring its disembarkation.</source>
        <translation>سجّل نتيجة القضية %1 (الناجون، المتوفون، المفقودون) قبل إقرار إنزالها.</translation>
    </message>
    <message>
        <source>Write the explanation of the discrepancy.</source>
        <translation>اكتب تفسير الفرق.</translation>
    </message>
    <message>
        <source>Handover %1 has no discrepancy “%2” to explain.</source>
        <translation>لا يوجد في التسليم %1 فرق «%2» لتفسيره.</translation>
    </message>
    <message>
        <source>Explain each discrepancy of handover %1 before approving it: %2.</source>
        <translation>فسّر كل فرق في التسليم %1 قبل اعتماده: %2.</translation>
    </message>
    <message>
        <source>A handover is returned to step 1, 2 or 3.</source>
        <translation>يُعاد التسليم إلى المرحلة 1 أو 2 أو 3.</translation>
    </message>
    <message>
        <source>Give the reason for returning the handover to step %1.</source>
        <translation>اذكر سبب إعادة التسليم إلى المرحلة %1.</translation>
    </message>
    <message>
        <source>Only a supervisor amends an approved handover.</source>
        <translation>لا يعدّل التسليم المعتمد إلا مشرف.</translation>
    </message>
    <message>
        <source>Trainers act only on exercise cases, never on operational ones.</source>
        <translation>يعمل المدربون على قضايا التمرين فقط، ولا يعملون أبداً على القضايا الفعلية.</translation>
    </message>
    <message>
        <source>Handover %1 is not approved yet: its steps are corrected by returning it to them, not by an amendment.</source>
        <translation>التسليم %1 لم يُعتمد بعد: تُصحَّح مراحله بإعادته إليها، لا بتعديل.</translation>
    </message>
    <message>
        <source>Give the reason for the amendment.</source>
        <translation>اذكر سبب التعديل.</translation>
    </message>
    <message>
        <source>The amendment changes nothing.</source>
        <translation>التعديل لا يغيّر شيئاً.</translation>
    </message>
    <message>
        <source>Explain the discrepancies the amendment leaves: %1.</source>
        <translation>فسّر الفروق التي يتركها التعديل: %1.</translation>
    </message>
    <message>
        <source>Give the place of disembarkation: a port from the list, or a position.</source>
        <translation>حدّد مكان الإنزال: ميناء من القائمة أو موقعاً.</translation>
    </message>
    <message>
        <source>Give a port from the list or a position, not both.</source>
        <translation>حدّد ميناء من القائمة أو موقعاً، لا كليهما.</translation>
    </message>
    <message>
        <source>“%1” is not a port or place of the list.</source>
        <translation>«%1» ليس ميناءً ولا مكاناً من القائمة.</translation>
    </message>
    <message>
        <source>The position of disembarkation is outside the chart&apos;s area.</source>
        <translation>موقع الإنزال خارج نطاق الخريطة.</translation>
    </message>
    <message>
        <source>Give the date and time of disembarkation (UTC).</source>
        <translation>أدخل تاريخ الإنزال ووقته (بالتوقيت العالمي).</translation>
    </message>
    <message>
        <source>The disembarkation at %1 UTC is in the future.</source>
        <translation>الإنزال في %1 بالتوقيت العالمي يقع في المستقبل.</translation>
    </message>
    <message>
        <source>The disembarkation at %1 UTC is before the first alert of case %2 (%3 UTC).</source>
        <translation>الإنزال في %1 بالتوقيت العالمي يسبق أول بلاغ للقضية %2 (%3 بالتوقيت العالمي).</translation>
    </message>
    <message>
        <source>Name the disembarking unit.</source>
        <translation>اذكر اسم الوحدة التي أنزلت الأشخاص.</translation>
    </message>
    <message>
        <source>A disembarkation brings at least one person or body ashore.</source>
        <translation>يشمل الإنزال شخصاً واحداً أو جثة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>%1 unaccompanied minors, but only %2 children (boys and girls) were handed over.</source>
        <translation>%1 قاصرين غير مصحوبين، لكن لم يُسلَّم إلا %2 أطفال (فتيان وفتيات).</translation>
    </message>
    <message>
        <source>%1 persons referred to medical care, but only %2 were handed over.</source>
        <translation>أُحيل %1 أشخاص إلى الرعاية الطبية، لكن لم يُسلَّم إلا %2.</translation>
    </message>
    <message>
        <source>Name the other monitoring party.</source>
        <translation>اذكر اسم جهة المراقبة الأخرى.</translation>
    </message>
    <message>
        <source>Give each transfer a count above zero.</source>
        <translation>أدخل لكل نقل عدداً أكبر من صفر.</translation>
    </message>
    <message>
        <source>Say where the persons of the other transfer went.</source>
        <translation>اذكر إلى أين ذهب أشخاص النقل الآخر.</translation>
    </message>
    <message>
        <source>The transfers add up to %1, but DCIM received %2: say where each person went.</source>
        <translation>مجموع المنقولين %1، لكن جهاز مكافحة الهجرة غير الشرعية استلم %2: اذكر إلى أين ذهب كل شخص.</translation>
    </message>
    <message>
        <source>DCIM received %1, more than the %2 handed over: explain the difference in a remark.</source>
        <translation>استلم جهاز مكافحة الهجرة غير الشرعية %1، أكثر من المُسلَّمين وعددهم %2: فسّر الفرق في ملاحظة.</translation>
    </message>
    <message>
        <source>%1 medical cases, more than the %2 persons handed over.</source>
        <translation>%1 حالات طبية، أكثر من الأشخاص المُسلَّمين وعددهم %2.</translation>
    </message>
    <message>
        <source>Give each evacuation a count above zero.</source>
        <translation>أدخل لكل إخلاء عدداً أكبر من صفر.</translation>
    </message>
    <message>
        <source>%1 persons evacuated to hospital, more than the %2 medical cases.</source>
        <translation>أُخلي %1 أشخاص إلى المستشفى، أكثر من الحالات الطبية وعددها %2.</translation>
    </message>
    <message>
        <source>Say where the bodies were taken.</source>
        <translation>اذكر إلى أين نُقلت الجثث.</translation>
    </message>
</context>
<context>
    <name>marsa::core::HandoverStatistics</name>
    <message>
        <source>Other places</source>
        <translation>أماكن أخرى</translation>
    </message>
    <message>
        <source>No disembarkation</source>
        <translation>دون إنزال</translation>
    </message>
</context>
<context>
    <name>marsa::core::IncidentRules</name>
    <message>
        <source>Case %1 is already %2.</source>
        <translation>القضية %1 في حالة %2 بالفعل.</translation>
    </message>
    <message>
        <source>Case %1 is %2: reopen it before changing its status.</source>
        <translation>القضية %1 في حالة %2: أعد فتحها قبل تغيير حالتها.</translation>
    </message>
    <message>
        <source>A case cannot go from %1 to %2.</source>
        <translation>لا يمكن أن تنتقل القضية من %1 إلى %2.</translation>
    </message>
    <message>
        <source>Record the outcome (rescued, dead, missing) before closing case %1.</source>
        <translation>سجّل النتيجة (الناجون، المتوفون، المفقودون) قبل إغلاق القضية %1.</translation>
    </message>
    <message>
        <source>Case %1 is %2: its phase no longer changes.</source>
        <translation>القضية %1 في حالة %2: لم تعد مرحلتها تتغير.</translation>
    </message>
    <message>
        <source>Case %1 is already in %2.</source>
        <translation>القضية %1 في المرحلة %2 بالفعل.</translation>
    </message>
    <message>
        <source>Give the reason for declaring %1.</source>
        <translation>اذكر سبب إعلان %1.</translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>لا يمكن أن تكون الأعداد سالبة.</translation>
    </message>
    <message>
        <source>The outcome of case %1 is recorded once a unit is on scene.</source>
        <translation>تُسجَّل نتيجة القضية %1 بعد وصول وحدة إلى الموقع.</translation>
    </message>
    <message>
        <source>Rescued, dead and missing add up to %1, but %2 were reported on board: explain the difference in a remark.</source>
        <translation>مجموع الناجين والمتوفين والمفقودين %1، لكن أُبلغ عن %2 على المتن: اشرح الفرق في ملاحظة.</translation>
    </message>
    <message>
        <source>Case %1 is open.</source>
        <translation>القضية %1 مفتوحة.</translation>
    </message>
    <message>
        <source>Give the reason for reopening case %1.</source>
        <translation>اذكر سبب إعادة فتح القضية %1.</translation>
    </message>
</context>
<context>
    <name>marsa::core::IncidentStatus</name>
    <message>
        <source>Reported</source>
        <translation>مُبلَّغ عنها</translation>
    </message>
    <message>
        <source>Assessing</source>
        <translation>قيد التقييم</translation>
    </message>
    <message>
        <source>Asset tasked</source>
        <translation>وحدة مكلَّفة</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>في الموقع</translation>
    </message>
    <message>
        <source>Rescue complete</source>
        <translation>اكتمل الإنقاذ</translation>
    </message>
    <message>
        <source>Disembarked</source>
        <translation>تم الإنزال</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Transferred to another RCC</source>
        <translation>أحيلت إلى مركز تنسيق آخر</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>إنذار كاذب</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>انقطع الاتصال</translation>
    </message>
</context>
<context>
    <name>marsa::core::Password</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>تحتاج كلمة المرور إلى %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The password library could not start.</source>
        <translation>تعذّر تشغيل مكتبة كلمات المرور.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>لا تكفي الذاكرة لتجزئة كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>marsa::core::Permissions</name>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>الحساب %1 معطَّل.</translation>
    </message>
    <message>
        <source>Observers read the record; they never change it.</source>
        <translation>يطّلع المراقبون على السجل ولا يغيّرونه أبداً.</translation>
    </message>
    <message>
        <source>A %1 of the %2 may not do this.</source>
        <translation>لا يجوز لـ%1 في %2 القيام بهذا.</translation>
    </message>
    <message>
        <source>Trainers act only on exercise cases, never on operational ones.</source>
        <translation>يعمل المدربون على قضايا التمرين فقط، ولا يعملون أبداً على القضايا الفعلية.</translation>
    </message>
    <message>
        <source>Case %1 is closed: only a supervisor can change it.</source>
        <translation>القضية %1 مغلقة: لا يغيّرها إلا المشرف.</translation>
    </message>
    <message>
        <source>Coast Guard</source>
        <translation>خفر السواحل</translation>
    </message>
    <message>
        <source>DCIM</source>
        <translation>جهاز مكافحة الهجرة غير الشرعية</translation>
    </message>
    <message>
        <source>Libyan Red Crescent</source>
        <translation>الهلال الأحمر الليبي</translation>
    </message>
    <message>
        <source>IOM/UNHCR observers</source>
        <translation>مراقبو المنظمة الدولية للهجرة والمفوضية</translation>
    </message>
    <message>
        <source>Watch officer</source>
        <translation>ضابط مناوب</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>مدرب</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
</context>
<context>
    <name>marsa::core::TaskingRules</name>
    <message>
        <source>Patrol boat</source>
        <translation>زورق دورية</translation>
    </message>
    <message>
        <source>Aircraft</source>
        <translation>طائرة</translation>
    </message>
    <message>
        <source>Case %1 is %2: no asset can be tasked to it.</source>
        <translation>القضية %1 في حالة %2: لا يمكن تكليف أي وحدة بها.</translation>
    </message>
    <message>
        <source>The rescue of case %1 is complete.</source>
        <translation>اكتمل الإنقاذ في القضية %1.</translation>
    </message>
    <message>
        <source>%1 is out of service.</source>
        <translation>%1 خارج الخدمة.</translation>
    </message>
    <message>
        <source>%1 is already tasked to case %2.</source>
        <translation>%1 مكلّفة بالقضية %2 بالفعل.</translation>
    </message>
    <message>
        <source>%1 is tasked to case %2: release it there first.</source>
        <translation>%1 مكلّفة بالقضية %2: أنهِ تكليفها هناك أولاً.</translation>
    </message>
    <message>
        <source>The asset was already released from this case.</source>
        <translation>انتهى تكليف الوحدة بهذه القضية بالفعل.</translation>
    </message>
    <message>
        <source>The asset is already on scene.</source>
        <translation>الوحدة في الموقع بالفعل.</translation>
    </message>
    <message>
        <source>An asset cannot be on scene before it was tasked.</source>
        <translation>لا يمكن أن تكون الوحدة في الموقع قبل تكليفها.</translation>
    </message>
    <message>
        <source>An asset cannot be released before it was tasked.</source>
        <translation>لا يمكن إنهاء تكليف الوحدة قبل تكليفها.</translation>
    </message>
</context>
<context>
    <name>marsa::core::UserRules</name>
    <message>
        <source>%1 is the last active administrator: make another administrator first, or nobody could manage the accounts.</source>
        <translation>%1 هو آخر مسؤول نظام نشط: عيّن مسؤولاً آخر أولاً، وإلا فلن يتمكن أحد من إدارة الحسابات.</translation>
    </message>
    <message>
        <source>A user name needs 1 to %1 characters.</source>
        <translation>يحتاج اسم المستخدم إلى ما بين 1 و%1 حرفاً.</translation>
    </message>
    <message>
        <source>A user name has no spaces: use a dot, as in cg.officer.</source>
        <translation>لا يحتوي اسم المستخدم على مسافات: استخدم نقطة، كما في cg.officer.</translation>
    </message>
    <message>
        <source>Give the account holder&apos;s full name.</source>
        <translation>اكتب الاسم الكامل لصاحب الحساب.</translation>
    </message>
    <message>
        <source>A full name has at most %1 characters.</source>
        <translation>لا يتجاوز الاسم الكامل %1 حرفاً.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>لا يمكنك تعطيل حسابك الخاص.</translation>
    </message>
    <message>
        <source>The account %1 is already inactive.</source>
        <translation>الحساب %1 معطَّل بالفعل.</translation>
    </message>
    <message>
        <source>The account %1 is already active.</source>
        <translation>الحساب %1 نشط بالفعل.</translation>
    </message>
</context>
<context>
    <name>marsa::core::Vessel</name>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Fishing</source>
        <translation>صيد</translation>
    </message>
    <message>
        <source>Sailing</source>
        <translation>إبحار شراعي</translation>
    </message>
    <message>
        <source>Pleasure craft</source>
        <translation>قارب نزهة</translation>
    </message>
    <message>
        <source>SAR vessel</source>
        <translation>سفينة بحث وإنقاذ</translation>
    </message>
    <message>
        <source>Military or law enforcement</source>
        <translation>عسكرية أو إنفاذ قانون</translation>
    </message>
    <message>
        <source>Tug</source>
        <translation>قاطرة</translation>
    </message>
    <message>
        <source>Passenger</source>
        <translation>ركاب</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>بضائع</translation>
    </message>
    <message>
        <source>Tanker</source>
        <translation>ناقلة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>سفينة</translation>
    </message>
    <message>
        <source>Auxiliary craft</source>
        <translation>زورق مساعد</translation>
    </message>
    <message>
        <source>SAR aircraft</source>
        <translation>طائرة بحث وإنقاذ</translation>
    </message>
    <message>
        <source>Aid to navigation</source>
        <translation>مساعد ملاحي</translation>
    </message>
    <message>
        <source>Base station</source>
        <translation>محطة قاعدية</translation>
    </message>
    <message>
        <source>AIS-SART</source>
        <translation>AIS-SART</translation>
    </message>
    <message>
        <source>Man overboard</source>
        <translation>رجل في البحر</translation>
    </message>
    <message>
        <source>EPIRB</source>
        <translation>EPIRB</translation>
    </message>
    <message>
        <source>Other station</source>
        <translation>محطة أخرى</translation>
    </message>
</context>
<context>
    <name>marsa::feeds::AisPipeline</name>
    <message>
        <source>Vessel tracks are not being stored: %1</source>
        <translation>مسارات السفن لا تُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>marsa::feeds::DecodeStats</name>
    <message>
        <source>not rejected</source>
        <translation>غير مرفوض</translation>
    </message>
    <message>
        <source>bad checksum</source>
        <translation>مجموع تحقق خاطئ</translation>
    </message>
    <message>
        <source>longer than 82 characters</source>
        <translation>أطول من 82 حرفًا</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>مشوّه</translation>
    </message>
    <message>
        <source>lone, expired or duplicate fragment</source>
        <translation>جزء منفرد أو منتهي المهلة أو مكرر</translation>
    </message>
    <message>
        <source>wrong length for its message type</source>
        <translation>طول غير صحيح لنوع رسالته</translation>
    </message>
    <message>
        <source>unsupported message type</source>
        <translation>نوع رسالة غير مدعوم</translation>
    </message>
</context>
<context>
    <name>marsa::feeds::FeedConfig</name>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>يجب أن يكون المنفذ رقمًا من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>Choose the NMEA log file to play.</source>
        <translation>اختر ملف سجل NMEA المراد تشغيله.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 مجلد؛ اختر ملفًا.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: check its permissions.</source>
        <translation>تعذّرت قراءة الملف %1: تحقّق من صلاحياته.</translation>
    </message>
    <message>
        <source>Compressed logs cannot be played: decompress %1 first.</source>
        <translation>لا يمكن تشغيل السجلات المضغوطة: فُكّ ضغط %1 أولًا.</translation>
    </message>
    <message>
        <source>The playback speed must be from 0.1 to 1000 times the recorded speed.</source>
        <translation>يجب أن تكون سرعة التشغيل من 0.1 إلى 1000 ضعف السرعة المسجّلة.</translation>
    </message>
    <message>
        <source>Give the feed a name.</source>
        <translation>أعطِ المصدر اسمًا.</translation>
    </message>
    <message>
        <source>The listening address must be an IP address of this computer, or empty to listen on every interface.</source>
        <translation>يجب أن يكون عنوان الاستماع عنوان IP لهذا الحاسوب، أو فارغًا للاستماع على كل الواجهات.</translation>
    </message>
    <message>
        <source>Enter the name or address of the server to connect to.</source>
        <translation>أدخل اسم الخادم أو عنوانه للاتصال به.</translation>
    </message>
    <message>
        <source>Choose the serial device (e.g. /dev/ttyUSB0 or COM3).</source>
        <translation>اختر الجهاز التسلسلي (مثل /dev/ttyUSB0 أو COM3).</translation>
    </message>
    <message>
        <source>%1 Bd is not a standard rate: use one of %2.</source>
        <translation>%1 بود ليس معدلًا قياسيًا: استخدم أحد المعدلات %2.</translation>
    </message>
    <message>
        <source>UDP listener</source>
        <translation>مستمع UDP</translation>
    </message>
    <message>
        <source>TCP client</source>
        <translation>عميل TCP</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>منفذ تسلسلي</translation>
    </message>
    <message>
        <source>NMEA log file</source>
        <translation>ملف سجل NMEA</translation>
    </message>
    <message>
        <source>%1 at %2 Bd</source>
        <translation>%1 بسرعة %2 بود</translation>
    </message>
</context>
<context>
    <name>marsa::feeds::FeedSource</name>
    <message>
        <source>Stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>يستمع</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>منقطع</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>انتهى</translation>
    </message>
</context>
<context>
    <name>marsa::feeds::LogFileSource</name>
    <message>
        <source>Cannot open the log %1: %2.</source>
        <translation>تعذّر فتح السجل %1: %2.</translation>
    </message>
    <message>
        <source>Reading the log failed: %1.</source>
        <translation>فشلت قراءة السجل: %1.</translation>
    </message>
</context>
<context>
    <name>marsa::feeds::NmeaSentence</name>
    <message>
        <source>Unterminated tag block.</source>
        <translation>كتلة وسوم غير مكتملة.</translation>
    </message>
    <message>
        <source>Not an NMEA sentence: it must start with $ or !.</source>
        <translation>ليست جملة NMEA: يجب أن تبدأ بـ $ أو !.</translation>
    </message>
    <message>
        <source>Sentence longer than the 82 characters NMEA 0183 allows.</source>
        <translation>الجملة أطول من 82 حرفاً التي يسمح بها NMEA 0183.</translation>
    </message>
    <message>
        <source>Missing checksum.</source>
        <translation>المجموع الاختباري مفقود.</translation>
    </message>
    <message>
        <source>Checksum mismatch.</source>
        <translation>المجموع الاختباري غير مطابق.</translation>
    </message>
    <message>
        <source>Malformed sentence address.</source>
        <translation>عنوان الجملة غير صحيح.</translation>
    </message>
</context>
<context>
    <name>marsa::feeds::SerialSource</name>
    <message>
        <source>The serial port %1 does not exist: plug in the adapter or choose another port.</source>
        <translation>المنفذ التسلسلي %1 غير موجود: صِل المحوّل أو اختر منفذًا آخر.</translation>
    </message>
    <message>
        <source>No permission to open %1, or another program has it open. On Linux, add the user to the dialout group.</source>
        <translation>لا توجد صلاحية لفتح %1، أو أن برنامجًا آخر يستخدمه. في لينكس، أضف المستخدم إلى مجموعة dialout.</translation>
    </message>
    <message>
        <source>The serial port %1 went away (adapter unplugged?).</source>
        <translation>انقطع المنفذ التسلسلي %1 (هل فُصل المحوّل؟).</translation>
    </message>
    <message>
        <source>Serial port %1: %2.</source>
        <translation>المنفذ التسلسلي %1: %2.</translation>
    </message>
    <message>
        <source>Trying again in %1 s.</source>
        <translation>ستُعاد المحاولة بعد %1 ث.</translation>
    </message>
</context>
<context>
    <name>marsa::feeds::TcpClientSource</name>
    <message>
        <source>The server at %1 closed the connection.</source>
        <translation>أغلق الخادم %1 الاتصال.</translation>
    </message>
    <message>
        <source>The server name %1 is not known: check its spelling and the network.</source>
        <translation>اسم الخادم %1 غير معروف: تحقّق من كتابته ومن الشبكة.</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the server running on that port?</source>
        <translation>رفض %1 الاتصال: هل يعمل الخادم على هذا المنفذ؟</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>فشل الاتصال بـ %1: %2.</translation>
    </message>
    <message>
        <source>Trying again in %1 s.</source>
        <translation>ستُعاد المحاولة بعد %1 ث.</translation>
    </message>
    <message>
        <source>No data from %1 for %2 s: the link is made again.</source>
        <translation>لا بيانات من %1 منذ %2 ث: يُعاد إنشاء الاتصال.</translation>
    </message>
</context>
<context>
    <name>marsa::feeds::UdpSource</name>
    <message>
        <source>Cannot listen on UDP port %1: %2. Another program may be using it; choose another port or close that program.</source>
        <translation>تعذّر الاستماع على منفذ UDP ‏%1: %2. قد يكون برنامج آخر يستخدمه؛ اختر منفذًا آخر أو أغلق ذلك البرنامج.</translation>
    </message>
</context>
<context>
    <name>marsa::geo</name>
    <message>
        <source>The built-in data file %1 is missing.</source>
        <translation>ملف البيانات المدمج %1 مفقود.</translation>
    </message>
    <message>
        <source>Cannot map %1 for GDAL.</source>
        <translation>تعذّر تجهيز %1 لـ GDAL.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
    <message>
        <source>%1 holds no search and rescue regions.</source>
        <translation>لا يحتوي %1 على مناطق بحث وإنقاذ.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist or is not readable.</source>
        <translation>تعذّر فتح %1: الملف غير موجود أو لا يمكن قراءته.</translation>
    </message>
</context>
<context>
    <name>marsa::geo::Coordinates</name>
    <message>
        <source>invalid</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» ليس رقماً.</translation>
    </message>
    <message>
        <source>Unexpected character &quot;%1&quot; in the position.</source>
        <translation>حرف غير متوقع «%1» في الموقع.</translation>
    </message>
    <message>
        <source>Put the hemisphere letter (N, S, E or W) before or after each coordinate, once.</source>
        <translation>ضع حرف نصف الكرة (N أو S أو E أو W) مرة واحدة قبل كل إحداثي أو بعده.</translation>
    </message>
    <message>
        <source>Give each coordinate as degrees, degrees and minutes, or degrees, minutes and seconds.</source>
        <translation>اكتب كل إحداثي بالدرجات، أو بالدرجات والدقائق، أو بالدرجات والدقائق والثواني.</translation>
    </message>
    <message>
        <source>Only the last part of a coordinate may have decimals.</source>
        <translation>لا يجوز أن تكون الكسور العشرية إلا في الجزء الأخير من الإحداثي.</translation>
    </message>
    <message>
        <source>Minutes and seconds must be between 0 and 60.</source>
        <translation>يجب أن تكون الدقائق والثواني بين 0 و60.</translation>
    </message>
    <message>
        <source>Use either a minus sign or a hemisphere letter, not both.</source>
        <translation>استخدم إشارة السالب أو حرف نصف الكرة، لا كليهما.</translation>
    </message>
    <message>
        <source>Enter a position, for example 33 05.4N 13 10.2E or 33.09, 13.17.</source>
        <translation>أدخل موقعاً، مثلاً 33 05.4N 13 10.2E أو 33.09, 13.17.</translation>
    </message>
    <message>
        <source>Separate latitude and longitude with one comma at most.</source>
        <translation>افصل بين خط العرض وخط الطول بفاصلة واحدة على الأكثر.</translation>
    </message>
    <message>
        <source>Cannot tell latitude from longitude: add N/S and E/W, or a comma between them.</source>
        <translation>لا يمكن تمييز خط العرض من خط الطول: أضف N/S وE/W أو فاصلة بينهما.</translation>
    </message>
    <message>
        <source>Give a hemisphere letter for both coordinates, or for neither.</source>
        <translation>اكتب حرف نصف الكرة للإحداثيين كليهما أو لا تكتبه لأي منهما.</translation>
    </message>
    <message>
        <source>One coordinate needs N or S and the other E or W.</source>
        <translation>يحتاج أحد الإحداثيين إلى N أو S والآخر إلى E أو W.</translation>
    </message>
    <message>
        <source>Latitude must be between 90°S and 90°N.</source>
        <translation>يجب أن يكون خط العرض بين 90°S و90°N.</translation>
    </message>
    <message>
        <source>Longitude must be between 180°W and 180°E.</source>
        <translation>يجب أن يكون خط الطول بين 180°W و180°E.</translation>
    </message>
</context>
<context>
    <name>marsa::geo::FeatureWriter</name>
    <message>
        <source>This GDAL has no %1 driver.</source>
        <translation>لا يحتوي إصدار GDAL هذا على برنامج التشغيل %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>تعذّرت كتابة %1: المجلد %2 غير موجود.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>تعذّرت كتابة %1: إنه مجلد.</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is.</source>
        <translation>%1 موجود بالفعل وقد تُرك كما هو.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: it could not be moved into place (does it exist already?).</source>
        <translation>تعذّرت كتابة %1: تعذّر نقله إلى مكانه (هل هو موجود بالفعل؟).</translation>
    </message>
    <message>
        <source>Cannot write %1: the track has no positions.</source>
        <translation>تعذّرت كتابة %1: المسار بلا مواقع.</translation>
    </message>
</context>
<context>
    <name>marsa::geo::LandMask</name>
    <message>
        <source>%1 is not a vector file GDAL can read.</source>
        <translation>%1 ليس ملفاً متجهاً تستطيع GDAL قراءته.</translation>
    </message>
    <message>
        <source>%1 holds no land polygons.</source>
        <translation>لا يحتوي %1 على مضلعات لليابسة.</translation>
    </message>
</context>
<context>
    <name>marsa::geo::RasterSource</name>
    <message>
        <source>GDAL cannot read %1 as a raster chart: %2</source>
        <translation>لا تستطيع GDAL قراءة %1 كخريطة نقطية: %2</translation>
    </message>
    <message>
        <source>%1 holds no raster bands.</source>
        <translation>لا يحتوي %1 على نطاقات نقطية.</translation>
    </message>
    <message>
        <source>%1 has no georeference: Marsa cannot place it on the chart.</source>
        <translation>لا يحمل %1 إسناداً جغرافياً: لا يستطيع مرسى وضعه على الخريطة.</translation>
    </message>
    <message>
        <source>Cannot reproject %1 to the chart&apos;s projection: %2</source>
        <translation>تعذّر تحويل %1 إلى إسقاط الخريطة: %2</translation>
    </message>
    <message>
        <source>Cannot reproject the chart: %1</source>
        <translation>تعذّر تحويل إسقاط الخريطة: %1</translation>
    </message>
    <message>
        <source>Cannot read the chart&apos;s pixels: %1</source>
        <translation>تعذّرت قراءة بكسلات الخريطة: %1</translation>
    </message>
</context>
<context>
    <name>marsa::geo::VectorSource</name>
    <message>
        <source>GDAL cannot read %1 as a vector chart: %2</source>
        <translation>لا تستطيع GDAL قراءة %1 كخريطة متجهة: %2</translation>
    </message>
    <message>
        <source>%1 holds no vector layers.</source>
        <translation>لا يحتوي %1 على طبقات متجهة.</translation>
    </message>
    <message>
        <source>Cannot reproject layer %1 to WGS84: %2</source>
        <translation>تعذّر تحويل الطبقة %1 إلى WGS84: %2</translation>
    </message>
    <message>
        <source>Cannot reproject a feature of layer %1: %2</source>
        <translation>تعذّر تحويل عنصر من الطبقة %1: %2</translation>
    </message>
</context>
<context>
    <name>marsa::models::DebriefPrint</name>
    <message>
        <source>Debrief: %1</source>
        <translation>تقييم ما بعد التمرين: %1</translation>
    </message>
    <message>
        <source>T+0 = %1 UTC. Times are after T+0; each measure is timed from the scripted moment it answers.</source>
        <translation>T+0 = %1 بالتوقيت العالمي. الأوقات محسوبة بعد T+0؛ ويُقاس كل مؤشر من لحظة السيناريو التي يستجيب لها.</translation>
    </message>
    <message>
        <source>Case %1: alert at %2, %3 persons, %4</source>
        <translation>القضية %1: البلاغ عند %2، %3 شخصاً، %4</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>case opened</source>
        <translation>فتح القضية</translation>
    </message>
    <message>
        <source>no case opened</source>
        <translation>لم تُفتح قضية</translation>
    </message>
    <message>
        <source>answered by</source>
        <translation>استجابت لها</translation>
    </message>
    <message>
        <source>%1, reported %2 NM from the alert</source>
        <translation>%1، على بعد %2 ميل بحري من موقع البلاغ</translation>
    </message>
    <message>
        <source>right phase (%1)</source>
        <translation>المرحلة الصحيحة (%1)</translation>
    </message>
    <message>
        <source>DETRESFA after persons overboard</source>
        <translation>DETRESFA بعد سقوط أشخاص في البحر</translation>
    </message>
    <message>
        <source>first unit tasked</source>
        <translation>تكليف أول وحدة</translation>
    </message>
    <message>
        <source>first unit on scene</source>
        <translation>وصول أول وحدة إلى الموقع</translation>
    </message>
    <message>
        <source>unit chosen</source>
        <translation>الوحدة المختارة</translation>
    </message>
    <message>
        <source>nearest available</source>
        <translation>الأقرب المتاحة</translation>
    </message>
    <message>
        <source>none available</source>
        <translation>لا توجد وحدة متاحة</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>Cases that answer no scripted alert: %1</source>
        <translation>قضايا لا تستجيب لأي بلاغ في السيناريو: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>Marsa debrief, printed %1, page %2 of %3</source>
        <translation>تقييم مرسى، طُبع %1، الصفحة %2 من %3</translation>
    </message>
    <message>
        <source>EXERCISE, not operational: %1</source>
        <translation>تمرين، ليس عملياتياً: %1</translation>
    </message>
</context>
<context>
    <name>marsa::models::DisembarkationTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unexplained: %1</source>
        <translation>غير مفسَّر: %1</translation>
    </message>
    <message>
        <source>Explained: %1</source>
        <translation>مفسَّر: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Explained (%1)</source>
        <translation>مفسَّر (%1)</translation>
    </message>
    <message>
        <source>Unexplained (%1)</source>
        <translation>غير مفسَّر (%1)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Ashore (UTC)</source>
        <translation>على البر (بالتوقيت العالمي)</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>فرق في الأعداد</translation>
    </message>
</context>
<context>
    <name>marsa::models::FeedTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Lines/s</source>
        <translation>سطر/ث</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>المكرّر</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>التالف</translation>
    </message>
    <message>
        <source>AIS messages decoded: %1</source>
        <translation>رسائل AIS المفكوكة: %1</translation>
    </message>
    <message>
        <source>Lines rejected by the AIS decoder: none</source>
        <translation>الأسطر التي رفضها مفكك AIS: لا شيء</translation>
    </message>
    <message>
        <source>Lines rejected by the AIS decoder, by reason:</source>
        <translation>الأسطر التي رفضها مفكك AIS، حسب السبب:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lines the AIS decoder could not use; point at a figure for the reasons</source>
        <translation>أسطر لم يستطع مفكك AIS استعمالها؛ أشر إلى الرقم لترى الأسباب</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>المرفوضة</translation>
    </message>
</context>
<context>
    <name>marsa::models::HandoverForm</name>
    <message>
        <source>%1 (%2), %3, %4, %5</source>
        <translation>%1 (%2)، %3، %4، %5</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>الفتيان</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>الفتيات</translation>
    </message>
    <message>
        <source>Sex or age unknown</source>
        <translation>الجنس أو العمر غير معروف</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>لم تُسجَّل</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Place of disembarkation</source>
        <translation>مكان الإنزال</translation>
    </message>
    <message>
        <source>Brought ashore</source>
        <translation>وقت الإنزال إلى البر</translation>
    </message>
    <message>
        <source>Disembarking unit</source>
        <translation>الوحدة التي أنزلتهم</translation>
    </message>
    <message>
        <source>Persons handed over</source>
        <translation>الأشخاص المسلَّمون</translation>
    </message>
    <message>
        <source>Unaccompanied minors</source>
        <translation>القاصرون غير المصحوبين</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>الجنسيات</translation>
    </message>
    <message>
        <source>Medical cases referred</source>
        <translation>الحالات الطبية المحالة</translation>
    </message>
    <message>
        <source>Bodies recovered</source>
        <translation>الجثث المنتشلة</translation>
    </message>
    <message>
        <source>Monitoring parties present</source>
        <translation>جهات الرصد الحاضرة</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Persons received</source>
        <translation>الأشخاص المستلَمون</translation>
    </message>
    <message>
        <source>Where they went</source>
        <translation>إلى أين نُقلوا</translation>
    </message>
    <message>
        <source>Medical cases</source>
        <translation>حالات طبية</translation>
    </message>
    <message>
        <source>Medical evacuations</source>
        <translation>الإخلاءات الطبية</translation>
    </message>
    <message>
        <source>Persons evacuated</source>
        <translation>الأشخاص الذين أُخلوا</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>جثث</translation>
    </message>
    <message>
        <source>Bodies taken to</source>
        <translation>نُقلت الجثث إلى</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Returned to step %1 (%2)</source>
        <translation>أُعيد إلى المرحلة %1 (%2)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Signed in Marsa by %1</source>
        <translation>وقّعه في مرسى: %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>الخطوة %1: %2</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>لم يوقَّع بعد.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>First alert</source>
        <translation>أول بلاغ</translation>
    </message>
    <message>
        <source>Persons on board reported</source>
        <translation>عدد الأشخاص على متن القارب المبلَّغ عنه</translation>
    </message>
    <message>
        <source>Rescued</source>
        <translation>الناجون</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>متوفون</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقودون</translation>
    </message>
    <message>
        <source>Handover status</source>
        <translation>حالة التسليم</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>الفروق</translation>
    </message>
    <message>
        <source>The numbers agree.</source>
        <translation>الأعداد متطابقة.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>الأعداد</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>التفسير</translation>
    </message>
    <message>
        <source>Not explained</source>
        <translation>غير مفسَّر</translation>
    </message>
    <message>
        <source>Amendments after approval</source>
        <translation>التعديلات بعد الاعتماد</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>القيمة السابقة</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <source>Signatures for the paper file</source>
        <translation>التوقيعات للملف الورقي</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Date and time (UTC)</source>
        <translation>التاريخ والوقت (UTC)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Handover of persons disembarked</source>
        <translation>تسليم الأشخاص الذين أُنزلوا</translation>
    </message>
    <message>
        <source>Disembarkation %1 at %2, %3</source>
        <translation>الإنزال %1 في %2، %3</translation>
    </message>
    <message>
        <source>Handover %1</source>
        <translation>التسليم %1</translation>
    </message>
    <message>
        <source>Marsa handover %1, printed %2, page %3 of %4</source>
        <translation>مرسى، التسليم %1، طُبع %2، الصفحة %3 من %4</translation>
    </message>
    <message>
        <source>EXERCISE, not operational: %1</source>
        <translation>تمرين، ليس عملياتياً: %1</translation>
    </message>
</context>
<context>
    <name>marsa::models::IncidentTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 يوم %2 س</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>POB</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>SRR</source>
        <translation>منطقة البحث والإنقاذ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>الوحدات</translation>
    </message>
</context>
<context>
    <name>marsa::models::LogModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
</context>
<context>
    <name>marsa::models::PrintedDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>تعذّرت كتابة %1: لم يمكن بدء ملف PDF.</translation>
    </message>
</context>
<context>
    <name>marsa::models::StatisticsTableModel</name>
    <message>
        <source>All points</source>
        <translation>جميع النقاط</translation>
    </message>
    <message>
        <source>All points, whole range</source>
        <translation>جميع النقاط، الفترة كلها</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Disembarkation point</source>
        <translation>نقطة الإنزال</translation>
    </message>
    <message>
        <source>Intercepted/returned</source>
        <translation>اعتُرضوا/أُعيدوا</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>أطفال</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>متوفون</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقودون</translation>
    </message>
    <message>
        <source>Boats</source>
        <translation>القوارب</translation>
    </message>
    <message>
        <source>Medical cases</source>
        <translation>حالات طبية</translation>
    </message>
</context>
<context>
    <name>marsa::models::UserTableModel</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
</context>
<context>
    <name>marsa::models::VesselTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 يوم %2 س</translation>
    </message>
    <message>
        <source>Stopped or drifting (under %1 kn): no ETA</source>
        <translation>متوقفة أو منجرفة (أقل من %1 عقدة): لا وقت وصول متوقع</translation>
    </message>
    <message>
        <source>Call sign %1</source>
        <translation>رمز النداء %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>MMSI</source>
        <translation>MMSI</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>SOG (kn)</source>
        <translation>السرعة (عقدة)</translation>
    </message>
    <message>
        <source>COG (°)</source>
        <translation>المسار فوق القاع (°)</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>آخر بلاغ</translation>
    </message>
    <message>
        <source>Range (NM)</source>
        <translation>المسافة (ميل بحري)</translation>
    </message>
    <message>
        <source>Bearing (°)</source>
        <translation>السمت (°)</translation>
    </message>
    <message>
        <source>CPA (NM)</source>
        <translation>أقرب نقطة اقتراب (ميل بحري)</translation>
    </message>
    <message>
        <source>TCPA (min)</source>
        <translation>زمن أقرب اقتراب (دقيقة)</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>وقت الوصول المتوقع</translation>
    </message>
    <message>
        <source>No CPA: the reference&apos;s course or speed is unknown</source>
        <translation>لا أقرب نقطة اقتراب: مسار المرجع أو سرعته غير معروفة</translation>
    </message>
</context>
<context>
    <name>marsa::replay</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>Alert %1 from %2: %3 persons, %4, at %5 (%6)</source>
        <translation>إنذار %1 من %2: %3 أشخاص، %4، عند %5 (%6)</translation>
    </message>
    <message>
        <source>Second boat sighted: %1</source>
        <translation>مشاهدة قارب ثانٍ: %1</translation>
    </message>
    <message>
        <source>Persons overboard from %1: %2</source>
        <translation>أشخاص سقطوا في البحر من %1: %2</translation>
    </message>
    <message>
        <source>Landing count for %1: %2 counted, %3 reported on board</source>
        <translation>عدد الإنزال لـ %1: أُحصي %2، والمُبلّغ عنه على متن القارب %3</translation>
    </message>
    <message>
        <source>Radio call: %1</source>
        <translation>نداء لاسلكي: %1</translation>
    </message>
    <message>
        <source>%1 out of service until %2</source>
        <translation>%1 خارج الخدمة حتى %2</translation>
    </message>
    <message>
        <source>%1 out of service</source>
        <translation>%1 خارج الخدمة</translation>
    </message>
    <message>
        <source>Trainer note: %1</source>
        <translation>ملاحظة المدرّب: %1</translation>
    </message>
    <message>
        <source>Weather: wind from %1° at %2 kn, sea state %3, visibility %4 NM</source>
        <translation>الطقس: ريح من %1° بسرعة %2 عقدة، حالة البحر %3، الرؤية %4 ميل بحري</translation>
    </message>
    <message>
        <source>%1 ready to be tasked</source>
        <translation>%1 جاهزة للتكليف</translation>
    </message>
    <message>
        <source>%1 (MMSI %2) appears on AIS</source>
        <translation>تظهر %1 (MMSI %2) على AIS</translation>
    </message>
    <message>
        <source>End of the exercise</source>
        <translation>نهاية التمرين</translation>
    </message>
    <message>
        <source>Weather: not recorded</source>
        <translation>الطقس: غير مسجَّل</translation>
    </message>
    <message>
        <source>Weather: not recorded (the case&apos;s report: %1)</source>
        <translation>الطقس: غير مسجَّل (بحسب بلاغ القضية: %1)</translation>
    </message>
</context>
<context>
    <name>marsa::replay::Debrief</name>
    <message>
        <source>not one of the scenario&apos;s units</source>
        <translation>ليست من وحدات السيناريو</translation>
    </message>
    <message>
        <source>out of service in the database</source>
        <translation>خارج الخدمة في قاعدة البيانات</translation>
    </message>
    <message>
        <source>not ready until %1</source>
        <translation>غير جاهزة حتى %1</translation>
    </message>
    <message>
        <source>unavailable from %1 until %2</source>
        <translation>غير متاحة من %1 حتى %2</translation>
    </message>
    <message>
        <source>unavailable from %1</source>
        <translation>غير متاحة منذ %1</translation>
    </message>
    <message>
        <source>busy on %1</source>
        <translation>مشغولة بالقضية %1</translation>
    </message>
    <message>
        <source>its home port is not a known place</source>
        <translation>ميناؤها الأساسي ليس مكاناً معروفاً</translation>
    </message>
    <message>
        <source>%1 is not an exercise database: a debrief is made only from an exercise, never from operational records.</source>
        <translation>%1 ليست قاعدة بيانات تمرين: يُعدّ التقييم من تمرين فقط، ولا يُعدّ أبداً من سجلات عملياتية.</translation>
    </message>
    <message>
        <source>The exercise &quot;%1&quot; was made without a scenario: there is nothing to measure its records against.</source>
        <translation>أُنشئ التمرين «%1» بلا سيناريو: لا يوجد ما تُقاس سجلاته عليه.</translation>
    </message>
    <message>
        <source>The exercise&apos;s scenario cannot be read: %1</source>
        <translation>تعذّرت قراءة سيناريو التمرين: %1</translation>
    </message>
    <message>
        <source>good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>فائت</translation>
    </message>
    <message>
        <source>not the nearest</source>
        <translation>ليست الأقرب</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>not reached (limit %1)</source>
        <translation>لم يتحقق (الحد %1)</translation>
    </message>
    <message>
        <source>%1 (at %2), limit %3</source>
        <translation>%1 (عند %2)، الحد %3</translation>
    </message>
    <message>
        <source>its position at T+0</source>
        <translation>موقعها عند T+0</translation>
    </message>
    <message>
        <source>no disembarkation recorded (expected %1 persons)</source>
        <translation>لم يُسجَّل أي إنزال (المتوقع %1 شخصاً)</translation>
    </message>
    <message>
        <source>declared %1 of %2 expected (%3 reported, %4 overboard)</source>
        <translation>صُرّح بـ %1 من %2 متوقعين (%3 مُبلَّغ عنهم، %4 سقطوا في البحر)</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>المستلَم %1</translation>
    </message>
    <message>
        <source>DCIM&apos;s scripted count %1</source>
        <translation>عدد جهاز مكافحة الهجرة غير الشرعية في السيناريو %1</translation>
    </message>
    <message>
        <source>unexplained discrepancies: %1</source>
        <translation>فروقات غير مفسَّرة: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <source>%1: declaration done, acknowledgement %2, medical %3, review %4</source>
        <translation>%1: التصريح منجز، الإقرار %2، التقرير الطبي %3، المراجعة %4</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>غير معتمدة</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>تقييم ما بعد التمرين: %1</translation>
    </message>
    <message>
        <source>T+0 = %1 UTC</source>
        <translation>T+0 = %1 بالتوقيت العالمي</translation>
    </message>
    <message>
        <source>Case %1: alert at %2, %3 persons, %4</source>
        <translation>القضية %1: البلاغ عند %2، %3 شخصاً، %4</translation>
    </message>
    <message>
        <source>no case opened</source>
        <translation>لم تُفتح قضية</translation>
    </message>
    <message>
        <source>answered by %1, reported %2 NM from the alert</source>
        <translation>استجابت لها القضية %1، على بعد %2 ميل بحري من موقع البلاغ</translation>
    </message>
    <message>
        <source>case opened</source>
        <translation>فتح القضية</translation>
    </message>
    <message>
        <source>right phase (%1)</source>
        <translation>المرحلة الصحيحة (%1)</translation>
    </message>
    <message>
        <source>DETRESFA after persons overboard</source>
        <translation>DETRESFA بعد سقوط أشخاص في البحر</translation>
    </message>
    <message>
        <source>first unit tasked</source>
        <translation>تكليف أول وحدة</translation>
    </message>
    <message>
        <source>first unit on scene</source>
        <translation>وصول أول وحدة إلى الموقع</translation>
    </message>
    <message>
        <source>unit chosen</source>
        <translation>الوحدة المختارة</translation>
    </message>
    <message>
        <source>nearest available</source>
        <translation>الأقرب المتاحة</translation>
    </message>
    <message>
        <source>none available</source>
        <translation>لا توجد وحدة متاحة</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>Cases that answer no scripted alert: %1</source>
        <translation>قضايا لا تستجيب لأي بلاغ في السيناريو: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>its AIS position at tasking (%1)</source>
        <translation>موقعها حسب AIS عند التكليف (%1)</translation>
    </message>
    <message>
        <source>its home port</source>
        <translation>ميناء قاعدتها</translation>
    </message>
    <message>
        <source>%1 (home port)</source>
        <translation>%1 (ميناء القاعدة)</translation>
    </message>
    <message>
        <source>%1 kn (assumed)</source>
        <translation>%1 عقدة (مفترضة)</translation>
    </message>
    <message>
        <source>%1 kn</source>
        <translation>%1 عقدة</translation>
    </message>
    <message>
        <source>%1: %2 NM from %3 at %4, ETA %5</source>
        <translation>%1: %2 ميل بحري من %3 بسرعة %4، الوصول المتوقع بعد %5</translation>
    </message>
</context>
<context>
    <name>marsa::replay::ExerciseDirector</name>
    <message>
        <source>%1 back in service</source>
        <translation>عادت %1 إلى الخدمة</translation>
    </message>
    <message>
        <source>%1 is not an exercise with a scenario: a scenario runs only in an exercise database made with marsa-cli exercise create --scenario.</source>
        <translation>ليست %1 تمريناً بسيناريو: لا يجري السيناريو إلا في قاعدة تمرين أُنشئت بالأمر marsa-cli exercise create --scenario.</translation>
    </message>
    <message>
        <source>The exercise&apos;s scenario cannot be read: %1</source>
        <translation>تعذّرت قراءة سيناريو التمرين: %1</translation>
    </message>
    <message>
        <source>This moment of the scenario sends the trainees nothing.</source>
        <translation>لا ترسل هذه اللحظة من السيناريو شيئاً إلى المتدربين.</translation>
    </message>
    <message>
        <source>Type what the caller says first.</source>
        <translation>اكتب أولاً ما يقوله المتصل.</translation>
    </message>
    <message>
        <source>Radio call: %1</source>
        <translation>نداء لاسلكي: %1</translation>
    </message>
</context>
<context>
    <name>marsa::replay::ExerciseTraffic</name>
    <message>
        <source>%1 is not an exercise with a scenario: it has no exercise traffic.</source>
        <translation>%1 ليس تمرينًا بسيناريو: لا حركة تمرين فيه.</translation>
    </message>
    <message>
        <source>The exercise&apos;s scenario cannot be read: %1</source>
        <translation>تعذّرت قراءة سيناريو التمرين: %1</translation>
    </message>
</context>
<context>
    <name>marsa::replay::Reader</name>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>نص غير متوقع بعد نهاية المستند</translation>
    </message>
    <message>
        <source>expected a value (a string in quotes, a number, true, false, null, an object or an array)</source>
        <translation>يُتوقع هنا قيمة (نص بين علامتي تنصيص، أو رقم، أو true أو false أو null، أو كائن، أو مصفوفة)</translation>
    </message>
    <message>
        <source>values are nested too deeply</source>
        <translation>القيم متداخلة بعمق مفرط</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>يُتوقع اسم حقل بين علامتي تنصيص مزدوجتين</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the same object</source>
        <translation>يرد &quot;%1&quot; مرتين في الكائن نفسه</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation>يُتوقع &apos;:&apos; بعد اسم الحقل</translation>
    </message>
    <message>
        <source>a comma before &apos;}&apos; (remove the last comma)</source>
        <translation>فاصلة قبل &apos;}&apos; (احذف الفاصلة الأخيرة)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member</source>
        <translation>يُتوقع &apos;,&apos; أو &apos;}&apos; بعد الحقل</translation>
    </message>
    <message>
        <source>a comma before &apos;]&apos; (remove the last comma)</source>
        <translation>فاصلة قبل &apos;]&apos; (احذف الفاصلة الأخيرة)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an element</source>
        <translation>يُتوقع &apos;,&apos; أو &apos;]&apos; بعد العنصر</translation>
    </message>
    <message>
        <source>a string is not closed with &apos;&quot;&apos;</source>
        <translation>نص لم يُغلق بعلامة &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>a line break or control character inside a string (write \n)</source>
        <translation>فاصل سطر أو محرف تحكم داخل نص (اكتب \n)</translation>
    </message>
    <message>
        <source>unknown escape in a string</source>
        <translation>تسلسل هروب غير معروف في نص</translation>
    </message>
    <message>
        <source>a string is not valid UTF-8</source>
        <translation>نص ليس بترميز UTF-8 صالح</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>يجب أن تلي \u أربعة أرقام ست عشرية</translation>
    </message>
    <message>
        <source>a number too large</source>
        <translation>رقم كبير جدًا</translation>
    </message>
</context>
<context>
    <name>marsa::replay::Replay</name>
    <message>
        <source>The journal holds nothing of case %1.</source>
        <translation>لا يحوي السجل شيئًا عن القضية %1.</translation>
    </message>
    <message>
        <source>The replay window must end after it starts.</source>
        <translation>يجب أن تنتهي نافذة إعادة العرض بعد بدايتها.</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>تعذّرت قراءة السجل الزمني: %1</translation>
    </message>
</context>
<context>
    <name>marsa::replay::ScenarioFromWindow</name>
    <message>
        <source>unit %1</source>
        <translation>الوحدة %1</translation>
    </message>
    <message>
        <source>The real watch, %1: %2</source>
        <translation>المناوبة الفعلية، %1: %2</translation>
    </message>
    <message>
        <source>case opened at %1, %2</source>
        <translation>فُتحت القضية في مرحلة %1، %2</translation>
    </message>
    <message>
        <source>phase %1 → %2</source>
        <translation>المرحلة %1 ← %2</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>الحالة %1 ← %2</translation>
    </message>
    <message>
        <source>outcome recorded: %1 rescued, %2 dead, %3 missing</source>
        <translation>سُجّلت النتيجة: %1 ناجٍ، %2 متوفى، %3 مفقود</translation>
    </message>
    <message>
        <source>%1 tasked</source>
        <translation>كُلّفت %1</translation>
    </message>
    <message>
        <source>%1 on scene</source>
        <translation>%1 في الموقع</translation>
    </message>
    <message>
        <source>%1 released</source>
        <translation>انتهى تكليف %1</translation>
    </message>
    <message>
        <source>The journal holds nothing of case %1.</source>
        <translation>لا يحوي السجل شيئًا عن القضية %1.</translation>
    </message>
    <message>
        <source>%1 is an exercise database: an exercise is made from an operational database&apos;s window, never from another exercise.</source>
        <translation>%1 قاعدة بيانات تمرين: يُنشأ التمرين من فترة في قاعدة بيانات تشغيلية، ولا يُنشأ أبدًا من تمرين آخر.</translation>
    </message>
    <message>
        <source>The window is empty: it must end after it starts.</source>
        <translation>الفترة فارغة: يجب أن تنتهي بعد أن تبدأ.</translation>
    </message>
    <message>
        <source>The window lasts %1 hours: an exercise is made from at most %2 hours.</source>
        <translation>تمتد الفترة %1 ساعة: يُنشأ التمرين من %2 ساعة على الأكثر.</translation>
    </message>
    <message>
        <source>The journal holds nothing from %1 to %2 UTC: the window is empty.</source>
        <translation>لا يحوي السجل الزمني شيئًا من %1 إلى %2 بالتوقيت العالمي: الفترة فارغة.</translation>
    </message>
    <message>
        <source>No case starts from %1 to %2 UTC (%3 started before the window): an exercise from a window needs a case&apos;s first alert in it. Widen the window or take the case with --incident.</source>
        <translation>لا تبدأ أي قضية من %1 إلى %2 بالتوقيت العالمي (%3 بدأت قبل الفترة): يحتاج التمرين من فترة إلى أول بلاغ لقضية داخلها. وسّع الفترة أو خذ القضية بالخيار ‎--incident‎.</translation>
    </message>
    <message>
        <source>The watch of %1 to %2 UTC</source>
        <translation>مناوبة %1 إلى %2 بالتوقيت العالمي</translation>
    </message>
    <message>
        <source>Made from the operational journal, %1 to %2 UTC: the AIS is what the feeds received then, the alerts are the cases as the watch first recorded them (%3), and the real watch&apos;s actions are the trainer notes of the timeline, at their times. The weather was not recorded. The trainees start with no case: they open their own from the alerts.</source>
        <translation>أُنشئ من السجل الزمني التشغيلي، من %1 إلى %2 بالتوقيت العالمي: بيانات AIS هي ما استقبلته المصادر حينها، والبلاغات هي القضايا كما سجّلتها المناوبة أول مرة (%3)، وأعمال المناوبة الفعلية هي ملاحظات المدرّب في التسلسل الزمني، في أوقاتها. لم يُسجَّل الطقس. يبدأ المتدربون دون أي قضية: يفتحون قضاياهم من البلاغات.</translation>
    </message>
    <message>
        <source>The scenario derived from the window is not valid: %1</source>
        <translation>السيناريو المستخرج من الفترة غير صالح: %1</translation>
    </message>
</context>
<context>
    <name>marsa::replay::detail::Checker</name>
    <message>
        <source>expected an object { ... }</source>
        <translation>يُتوقع كائن { ... }</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>الحقل &quot;%1&quot; ناقص</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (expected one of: %2)</source>
        <translation>حقل غير معروف &quot;%1&quot; (المتوقع أحد: %2)</translation>
    </message>
    <message>
        <source>expected an array [ ... ]</source>
        <translation>يُتوقع مصفوفة [ ... ]</translation>
    </message>
    <message>
        <source>must have at least one entry</source>
        <translation>يجب أن يحوي مُدخلًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>expected a text in double quotes</source>
        <translation>يُتوقع نص بين علامتي تنصيص مزدوجتين</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>يُتوقع رقم</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 خارج النطاق من %2 إلى %3</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>يُتوقع عدد صحيح</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>يُتوقع true أو false</translation>
    </message>
    <message>
        <source>expected a T+hh:mm:ss offset in double quotes</source>
        <translation>يُتوقع وقت نسبي T+hh:mm:ss بين علامتي تنصيص مزدوجتين</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a T+hh:mm:ss offset</source>
        <translation>&quot;%1&quot; ليس وقتًا نسبيًا بصيغة T+hh:mm:ss</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; ليس من بين: %2</translation>
    </message>
    <message>
        <source>%1 is outside the chart area (latitude %2 to %3, longitude %4 to %5)</source>
        <translation>%1 خارج منطقة الخريطة (العرض من %2 إلى %3، والطول من %4 إلى %5)</translation>
    </message>
    <message>
        <source>%1 is on land</source>
        <translation>%1 على اليابسة</translation>
    </message>
    <message>
        <source>%1 is not an MMSI: nine digits, the first from 2 to 7</source>
        <translation>%1 ليس رقم MMSI: تسعة أرقام، أولها من 2 إلى 7</translation>
    </message>
    <message>
        <source>%1 is after the end of the exercise (%2)</source>
        <translation>%1 بعد نهاية التمرين (%2)</translation>
    </message>
    <message>
        <source>%1 comes before the previous entry&apos;s %2; keep the entries in time order</source>
        <translation>%1 يسبق وقت المُدخل السابق %2؛ رتّب المُدخلات زمنيًا</translation>
    </message>
</context>
<context>
    <name>marsa::replay::detail::ScenarioParser</name>
    <message>
        <source>format version %1 is not known; this Marsa reads version %2</source>
        <translation>إصدار الصيغة %1 غير معروف؛ يقرأ مرسى هذا الإصدار %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC time (2026-01-14T01:40:00Z), a UTC time of day (01:40Z) or &quot;now&quot;</source>
        <translation>&quot;%1&quot; ليس وقتًا بالتوقيت العالمي (2026-01-14T01:40:00Z) ولا ساعة من اليوم بالتوقيت العالمي (01:40Z) ولا &quot;now&quot;</translation>
    </message>
    <message>
        <source>an exercise lasts from T+00:10:00 to T+72:00:00</source>
        <translation>تدوم التمارين من T+00:10:00 إلى T+72:00:00</translation>
    </message>
    <message>
        <source>the first weather entry must be at T+00:00:00</source>
        <translation>يجب أن يكون أول مُدخل للطقس عند T+00:00:00</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is already used by %2</source>
        <translation>المعرّف &quot;%1&quot; مستخدم من قبل في %2</translation>
    </message>
    <message>
        <source>no case&apos;s alert is at T+00:00:00; the exercise starts with an alert</source>
        <translation>لا توجد حالة إنذارها عند T+00:00:00؛ يبدأ التمرين بإنذار</translation>
    </message>
    <message>
        <source>men, women and children add up to %1, more than the total of %2</source>
        <translation>مجموع الرجال والنساء والأطفال %1، أكثر من الإجمالي %2</translation>
    </message>
    <message>
        <source>men, women and children add up to %1, not the total of %2</source>
        <translation>مجموع الرجال والنساء والأطفال %1، لا يساوي الإجمالي %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not used by the %2 drift model</source>
        <translation>لا يستخدم نموذج الانجراف %2 الحقل &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>الحقل &quot;%1&quot; ناقص</translation>
    </message>
    <message>
        <source>the first position must be at the alert&apos;s time, %1</source>
        <translation>يجب أن يكون أول موقع عند وقت الإنذار، %1</translation>
    </message>
    <message>
        <source>a craft of type &quot;other&quot; needs an &quot;object&quot; leeway class</source>
        <translation>يحتاج القارب من النوع &quot;other&quot; إلى فئة انجراف ريحي في &quot;object&quot;</translation>
    </message>
    <message>
        <source>an AIS name has at most 20 characters</source>
        <translation>اسم AIS لا يتجاوز 20 محرفًا</translation>
    </message>
    <message>
        <source>a track needs at least two waypoints</source>
        <translation>يحتاج المسار إلى نقطتي طريق على الأقل</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; is already used by %2</source>
        <translation>الاسم &quot;%1&quot; مستخدم من قبل في %2</translation>
    </message>
    <message>
        <source>a new asset needs &quot;%1&quot;</source>
        <translation>تحتاج الوحدة الجديدة إلى &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only a new asset (&quot;new&quot;: true) takes &quot;%1&quot;; an existing one has it in the database</source>
        <translation>لا يقبل &quot;%1&quot; إلا وحدة جديدة (&quot;new&quot;: true)؛ أما الوحدة الموجودة فقيمته في قاعدة البيانات</translation>
    </message>
    <message>
        <source>no asset named &quot;%1&quot; in the database (known: %2); add &quot;new&quot;: true to bring a new unit</source>
        <translation>لا توجد وحدة باسم &quot;%1&quot; في قاعدة البيانات (المعروفة: %2)؛ أضف &quot;new&quot;: true لإدخال وحدة جديدة</translation>
    </message>
    <message>
        <source>a %1 inject needs &quot;%2&quot;</source>
        <translation>يحتاج الحدث المُدرج %1 إلى &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not used by a %2 inject</source>
        <translation>لا يستخدم الحدث المُدرج %2 الحقل &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not after the inject&apos;s time %2</source>
        <translation>%1 ليس بعد وقت الحدث المُدرج %2</translation>
    </message>
    <message>
        <source>no case &quot;%1&quot; in cases (known: %2)</source>
        <translation>لا توجد حالة &quot;%1&quot; في cases (المعروفة: %2)</translation>
    </message>
    <message>
        <source>case &quot;%1&quot; raises its alert at %2, not at this sighting&apos;s %3</source>
        <translation>إنذار الحالة &quot;%1&quot; عند %2، لا عند وقت هذه المشاهدة %3</translation>
    </message>
    <message>
        <source>case &quot;%1&quot; is the alert at T+00:00:00, not a second boat</source>
        <translation>الحالة &quot;%1&quot; هي إنذار T+00:00:00، وليست قاربًا ثانيًا</translation>
    </message>
    <message>
        <source>case &quot;%1&quot; is not known before its alert at %2</source>
        <translation>الحالة &quot;%1&quot; غير معروفة قبل إنذارها عند %2</translation>
    </message>
    <message>
        <source>%1 persons overboard, more than the %2 on board</source>
        <translation>%1 أشخاص سقطوا في البحر، أكثر من %2 على متن القارب</translation>
    </message>
    <message>
        <source>the count %1 matches the %2 on board; a count mismatch needs another number</source>
        <translation>العدد %1 يطابق %2 على متن القارب؛ يحتاج عدم تطابق العدد إلى رقم آخر</translation>
    </message>
    <message>
        <source>no asset &quot;%1&quot; in assets (known: %2)</source>
        <translation>لا توجد وحدة &quot;%1&quot; في assets (المعروفة: %2)</translation>
    </message>
    <message>
        <source>MMSI %1 is already used by %2</source>
        <translation>رقم MMSI %1 مستخدم من قبل في %2</translation>
    </message>
    <message>
        <source>the computed drift reaches land at %1 (%2); change the wind, the current or the alert&apos;s position</source>
        <translation>يبلغ الانجراف المحسوب اليابسة عند %1 (%2)؛ غيّر الريح أو التيار أو موقع الإنذار</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC time (2026-01-14T01:40:00Z)</source>
        <translation>&quot;%1&quot; ليس وقتًا بالتوقيت العالمي (2026-01-14T01:40:00Z)</translation>
    </message>
    <message>
        <source>weather that is not recorded has no &quot;%1&quot;</source>
        <translation>الطقس غير المسجَّل ليس له &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a leeway drift needs the wind, and the weather is not recorded</source>
        <translation>يحتاج الانجراف بالريح إلى الريح، والطقس غير مسجَّل</translation>
    </message>
</context>
<context>
    <name>marsa::storage</name>
    <message>
        <source>Cannot read the places: %1</source>
        <translation>تعذّرت قراءة الأماكن: %1</translation>
    </message>
    <message>
        <source>Cannot save the place %1: %2</source>
        <translation>تعذّر حفظ المكان %1: %2</translation>
    </message>
</context>
<context>
    <name>marsa::storage::AssetRepository</name>
    <message>
        <source>Asset %1 is damaged in the database.</source>
        <translation>الوحدة %1 تالفة في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>رفضت قاعدة البيانات التغيير: %1</translation>
    </message>
    <message>
        <source>An asset needs a name.</source>
        <translation>تحتاج الوحدة إلى اسم.</translation>
    </message>
    <message>
        <source>%1 is not a ship&apos;s MMSI: nine digits, starting with 2 to 7.</source>
        <translation>%1 ليس رقم MMSI لسفينة: تسعة أرقام تبدأ بـ 2 إلى 7.</translation>
    </message>
    <message>
        <source>There is already an asset called %1.</source>
        <translation>توجد بالفعل وحدة باسم %1.</translation>
    </message>
    <message>
        <source>No such asset.</source>
        <translation>لا توجد هذه الوحدة.</translation>
    </message>
    <message>
        <source>%1 kn is not a transit speed: more than 0, at most %2 kn.</source>
        <translation>%1 عقدة ليست سرعة عبور: يجب أن تزيد على 0 ولا تتجاوز %2 عقدة.</translation>
    </message>
</context>
<context>
    <name>marsa::storage::AuditLog</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>تعذّرت قراءة سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>تعذّرت الكتابة في سجل التدقيق: %1</translation>
    </message>
</context>
<context>
    <name>marsa::storage::ConnectionMonitor</name>
    <message>
        <source>no answer from the server</source>
        <translation>لا رد من الخادم</translation>
    </message>
    <message>
        <source>The database is unreachable: %1</source>
        <translation>قاعدة البيانات غير متاحة: %1</translation>
    </message>
</context>
<context>
    <name>marsa::storage::Database</name>
    <message>
        <source>%1 is not a Marsa database (or is damaged): %2</source>
        <translation>%1 ليست قاعدة بيانات مرسى (أو أنها تالفة): %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Marsa database.</source>
        <translation>%1 قاعدة بيانات SQLite لبرنامج آخر، وليست قاعدة بيانات مرسى.</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>تعذّرت قراءة إصدار المخطط: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>تعذّر بدء المعاملة: %1</translation>
    </message>
    <message>
        <source>Cannot create the schema: %1</source>
        <translation>تعذّر إنشاء المخطط: %1</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>فشل ترحيل المخطط %1: %2</translation>
    </message>
    <message>
        <source>Cannot record schema migration %1: %2</source>
        <translation>تعذّر تسجيل ترحيل المخطط %1: %2</translation>
    </message>
    <message>
        <source>Cannot commit the schema migration: %1</source>
        <translation>تعذّر اعتماد ترحيل المخطط: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>تعذّر إنشاء المجلد %1 لقاعدة البيانات.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>تعذّر فتح قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Marsa (schema %2; this program knows up to %3). Open it with the newer Marsa, or choose another database.</source>
        <translation>كُتبت قاعدة البيانات %1 بإصدار أحدث من مرسى (المخطط %2؛ هذا البرنامج يعرف حتى %3). افتحها بالإصدار الأحدث أو اختر قاعدة بيانات أخرى.</translation>
    </message>
    <message>
        <source>The database %1 holds the tables of another program, not Marsa&apos;s.</source>
        <translation>تحتوي قاعدة البيانات %1 على جداول برنامج آخر، لا جداول مرسى.</translation>
    </message>
    <message>
        <source>Cannot prepare the schema migration: %1</source>
        <translation>تعذّر التحضير لترحيل المخطط: %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: Qt&apos;s SQL driver %2 is not installed.</source>
        <translation>تعذّر فتح قاعدة البيانات %1: برنامج تشغيل Qt لقواعد البيانات %2 غير مثبّت.</translation>
    </message>
</context>
<context>
    <name>marsa::storage::DatabaseCopy</name>
    <message>
        <source>Cannot count the rows of %1: %2</source>
        <translation>تعذّر عدّ صفوف %1: %2</translation>
    </message>
    <message>
        <source>Cannot list the tables of %1.</source>
        <translation>تعذّر سرد جداول %1.</translation>
    </message>
    <message>
        <source>%1 holds a table this Marsa cannot copy: %2.</source>
        <translation>يحتوي %1 على جدول لا يستطيع هذا الإصدار من مرسى نسخه: %2.</translation>
    </message>
    <message>
        <source>%1 already holds Marsa records: %2. A copy goes into a new or empty database and never merges; choose another target.</source>
        <translation>يحتوي %1 على سجلات مرسى بالفعل: %2. يُنسخ إلى قاعدة بيانات جديدة أو فارغة ولا يُدمج أبدًا؛ اختر هدفًا آخر.</translation>
    </message>
    <message>
        <source>The table %1 has no columns in common on both sides.</source>
        <translation>لا توجد أعمدة مشتركة للجدول %1 بين الطرفين.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Cannot write row %1 or one of the %2 after it into %3: %4</source>
        <translation>تعذّرت كتابة الصف %1 أو أحد الصفوف الـ%2 التالية له في %3: %4</translation>
    </message>
    <message>
        <source>Cannot finish the copy: %1</source>
        <translation>تعذّر إتمام النسخ: %1</translation>
    </message>
    <message>
        <source>%1: %2 in the source, %3 in the target</source>
        <translation>%1: %2 في المصدر، %3 في الهدف</translation>
    </message>
    <message>
        <source>The copy does not match the source (%1); nothing was copied.</source>
        <translation>النسخة لا تطابق المصدر (%1)؛ لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>The audit log of the copy is broken at row %1; nothing was copied.</source>
        <translation>سجل التدقيق في النسخة مكسور عند الصف %1؛ لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>تعذّر بدء المعاملة: %1</translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation>لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>Cannot commit the copy: %1</source>
        <translation>تعذّر اعتماد النسخ: %1</translation>
    </message>
    <message>
        <source>Cannot read the tables of %1.</source>
        <translation>تعذّرت قراءة جداول %1.</translation>
    </message>
    <message>
        <source>%1 is an exercise database: it never takes operational records. Create an exercise with marsa-cli exercise create.</source>
        <translation>%1 قاعدة بيانات تمرين: لا تقبل أبداً سجلات عملياتية. أنشئ تمريناً بالأمر marsa-cli exercise create.</translation>
    </message>
    <message>
        <source>%1 is an exercise database and %2 is an operational one: nothing of an exercise is ever written into operational records.</source>
        <translation>%1 قاعدة بيانات تمرين و%2 قاعدة بيانات عملياتية: لا يُكتب شيء من التمرين أبداً في السجلات العملياتية.</translation>
    </message>
</context>
<context>
    <name>marsa::storage::DatabaseLocation</name>
    <message>
        <source>The database URL is not valid; write it as %1.</source>
        <translation>عنوان قاعدة البيانات غير صالح؛ اكتبه بالشكل %1.</translation>
    </message>
    <message>
        <source>A database URL must not hold a password: it would show in the process list and the shell history. Put the password in a pgpass file (PGPASSFILE) or in PGPASSWORD.</source>
        <translation>يجب ألا يحتوي عنوان قاعدة البيانات على كلمة مرور: ستظهر في قائمة العمليات وفي سجل الأوامر. ضع كلمة المرور في ملف pgpass ‏(PGPASSFILE) أو في PGPASSWORD.</translation>
    </message>
    <message>
        <source>The database URL needs a user, a server and a database name: %1.</source>
        <translation>يحتاج عنوان قاعدة البيانات إلى مستخدم وخادم واسم قاعدة بيانات: %1.</translation>
    </message>
    <message>
        <source>The port of the database URL must be between 1 and 65535.</source>
        <translation>يجب أن يكون منفذ عنوان قاعدة البيانات بين 1 و65535.</translation>
    </message>
    <message>
        <source>The database URL takes no options after &apos;?&apos; or &apos;#&apos;; set TLS and other connection options with libpq&apos;s environment (PGSSLMODE and the like).</source>
        <translation>لا يقبل عنوان قاعدة البيانات خيارات بعد &apos;?&apos; أو &apos;#&apos;؛ اضبط TLS وخيارات الاتصال الأخرى بمتغيرات بيئة libpq ‏(PGSSLMODE وما شابهها).</translation>
    </message>
</context>
<context>
    <name>marsa::storage::DemoData</name>
    <message>
        <source>Cannot write the demonstration data: %1</source>
        <translation>تعذّرت كتابة البيانات التجريبية: %1</translation>
    </message>
</context>
<context>
    <name>marsa::storage::DisembarkationService</name>
    <message>
        <source>Disembarkation %1 is damaged in the database.</source>
        <translation>الإنزال %1 تالف في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>No such disembarkation.</source>
        <translation>لا يوجد إنزال كهذا.</translation>
    </message>
    <message>
        <source>The statistics need a first and a last day, the first not after the last.</source>
        <translation>تحتاج الإحصاءات إلى يوم أول ويوم أخير، على ألا يكون الأول بعد الأخير.</translation>
    </message>
    <message>
        <source>Disembarkation %1: discrepancy “%2” explained</source>
        <translation>الإنزال %1: فُسِّر الفرق «%2»</translation>
    </message>
    <message>
        <source>Handover %1 was changed by someone else in the meantime: reload it and try again.</source>
        <translation>غيّر شخص آخر التسليم %1 في هذه الأثناء: أعد تحميله وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>رفضت قاعدة البيانات التغيير: %1</translation>
    </message>
    <message>
        <source>a position</source>
        <translation>موقع</translation>
    </message>
    <message>
        <source>Disembarkation %1 declared again: %2 persons, %3 bodies</source>
        <translation>أُقرّ الإنزال %1 من جديد: %2 أشخاص، %3 جثث</translation>
    </message>
    <message>
        <source>Disembarkation %1 acknowledged by DCIM: %2 persons received</source>
        <translation>أقرّ جهاز مكافحة الهجرة غير الشرعية استلام الإنزال %1: استُلم %2 أشخاص</translation>
    </message>
    <message>
        <source>Disembarkation %1: %2 medical cases, %3 evacuated to hospital, %4 bodies</source>
        <translation>الإنزال %1: %2 حالات طبية، أُخلي %3 إلى المستشفى، %4 جثث</translation>
    </message>
    <message>
        <source>Disembarkation %1 at %2 declared: %3 persons (%4 men, %5 women, %6 children, %7 unknown), %8 bodies</source>
        <translation>أُقرّ الإنزال %1 في %2: %3 أشخاص (%4 رجال، %5 نساء، %6 أطفال، %7 غير معروفين)، %8 جثث</translation>
    </message>
    <message>
        <source>Disembarkation %1 approved</source>
        <translation>اعتُمد الإنزال %1</translation>
    </message>
    <message>
        <source>Disembarkation %1 returned to step %2 (%3)</source>
        <translation>أُعيد الإنزال %1 إلى المرحلة %2 (%3)</translation>
    </message>
    <message>
        <source>Disembarkation %1: %2 amended</source>
        <translation>الإنزال %1: عُدِّل %2</translation>
    </message>
    <message>
        <source>Case %1 is not stamped as an exercise case in this exercise database; nothing is declared for it.</source>
        <translation>القضية %1 غير موسومة كقضية تمرين في قاعدة بيانات التمرين هذه؛ لا يُصرَّح بشيء لها.</translation>
    </message>
    <message>
        <source>Handover %1 was changed by someone else in the meantime (version %2, you saw version %3): nothing was written.</source>
        <translation>غيّر شخص آخر التسليم %1 في هذه الأثناء (النسخة %2، وقد رأيت النسخة %3): لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>marsa::storage::Exercise</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the places: %1</source>
        <translation>تعذّرت قراءة الأماكن: %1</translation>
    </message>
    <message>
        <source>The scenario&apos;s unit %1 has its home port at &quot;%2&quot;, which is not a place of the operational database.</source>
        <translation>ميناء الوحدة %1 في السيناريو هو «%2»، وليس من أماكن قاعدة البيانات التشغيلية.</translation>
    </message>
    <message>
        <source>Cannot add the scenario&apos;s unit %1: %2 (is the name or the MMSI taken?)</source>
        <translation>تعذّرت إضافة وحدة السيناريو %1: %2 (هل الاسم أو رقم MMSI مستخدم؟)</translation>
    </message>
    <message>
        <source>Cannot read the exercise&apos;s scenario: %1</source>
        <translation>تعذّرت قراءة سيناريو التمرين: %1</translation>
    </message>
    <message>
        <source>The exercise&apos;s T+0 &quot;%1&quot; is not a time.</source>
        <translation>بداية التمرين T+0 ‏&quot;%1&quot; ليست وقتًا صالحًا.</translation>
    </message>
    <message>
        <source>An exercise needs a name (for example &quot;Zuwara night, course 3&quot;).</source>
        <translation>يحتاج التمرين إلى اسم (مثلاً «ليلة زوارة، الدورة 3»).</translation>
    </message>
    <message>
        <source>The exercise&apos;s name is longer than %1 characters.</source>
        <translation>اسم التمرين أطول من %1 حرفاً.</translation>
    </message>
    <message>
        <source>The exercise&apos;s name holds a line break or a control character.</source>
        <translation>يحتوي اسم التمرين على فاصل أسطر أو حرف تحكم.</translation>
    </message>
    <message>
        <source>Cannot lock the exercise mark: %1</source>
        <translation>تعذّر قفل وسم التمرين: %1</translation>
    </message>
    <message>
        <source>An exercise&apos;s scenario needs its text and the time of its T+0.</source>
        <translation>يحتاج سيناريو التمرين إلى نصه وإلى وقت بدايته T+0.</translation>
    </message>
    <message>
        <source>%1 is marked already; its mark never changes.</source>
        <translation>%1 موسومة مسبقاً؛ وسمها لا يتغير أبداً.</translation>
    </message>
    <message>
        <source>%1 holds %2 cases: a database with records never becomes an exercise. Create a new exercise database from it instead.</source>
        <translation>تحتوي %1 على %2 قضية: قاعدة بيانات فيها سجلات لا تصبح تمريناً أبداً. أنشئ منها قاعدة بيانات تمرين جديدة بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>Cannot mark the exercise: %1</source>
        <translation>تعذّر وسم التمرين: %1</translation>
    </message>
    <message>
        <source>An exercise is created as a new SQLite file; copy it to PostgreSQL afterwards with marsa-cli db copy.</source>
        <translation>يُنشأ التمرين كملف SQLite جديد؛ انسخه إلى PostgreSQL بعد ذلك بالأمر marsa-cli db copy.</translation>
    </message>
    <message>
        <source>%1 exists already: an exercise goes into a new file.</source>
        <translation>%1 موجود مسبقاً: يُكتب التمرين في ملف جديد.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>تعذّر بدء المعاملة: %1</translation>
    </message>
    <message>
        <source>Cannot write the exercise: %1</source>
        <translation>تعذّرت كتابة التمرين: %1</translation>
    </message>
    <message>
        <source>%1 is an exercise database: an exercise from a replay window is made from the operational database.</source>
        <translation>%1 قاعدة بيانات تمرين: يُنشأ التمرين من فترة إعادة من قاعدة البيانات التشغيلية.</translation>
    </message>
    <message>
        <source>An exercise from a replay window needs its scenario and a window that ends after it starts.</source>
        <translation>يحتاج التمرين من فترة إعادة إلى سيناريو وإلى فترة تنتهي بعد أن تبدأ.</translation>
    </message>
</context>
<context>
    <name>marsa::storage::ExerciseRun</name>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتاً</translation>
    </message>
    <message>
        <source>Exercise ended</source>
        <translation>انتهى التمرين</translation>
    </message>
    <message>
        <source>The exercise&apos;s run state &quot;%1&quot; is not known.</source>
        <translation>حالة سير التمرين «%1» غير معروفة.</translation>
    </message>
    <message>
        <source>The exercise&apos;s run state changed on another console meanwhile; look again and repeat. %1</source>
        <translation>تغيّرت حالة سير التمرين من منصة أخرى في الأثناء؛ راجِعها وأعد المحاولة. %1</translation>
    </message>
    <message>
        <source>Cannot write the exercise&apos;s run state: %1</source>
        <translation>تعذّرت كتابة حالة سير التمرين: %1</translation>
    </message>
    <message>
        <source>The exercise has started already.</source>
        <translation>بدأ التمرين من قبل.</translation>
    </message>
    <message>
        <source>Only a running exercise can be paused.</source>
        <translation>لا يُوقف مؤقتاً إلا تمرين جارٍ.</translation>
    </message>
    <message>
        <source>Only a paused exercise can be resumed.</source>
        <translation>لا يُستأنف إلا تمرين متوقف مؤقتاً.</translation>
    </message>
    <message>
        <source>An exercise runs at 1, 2, 5, 10 or 60 times real time.</source>
        <translation>يجري التمرين بسرعة 1 أو 2 أو 5 أو 10 أو 60 ضعف الزمن الحقيقي.</translation>
    </message>
    <message>
        <source>The exercise has ended.</source>
        <translation>انتهى التمرين.</translation>
    </message>
    <message>
        <source>The exercise has ended already.</source>
        <translation>انتهى التمرين من قبل.</translation>
    </message>
    <message>
        <source>Cannot send the exercise message: %1</source>
        <translation>تعذّر إرسال رسالة التمرين: %1</translation>
    </message>
    <message>
        <source>Cannot read the exercise messages: %1</source>
        <translation>تعذّرت قراءة رسائل التمرين: %1</translation>
    </message>
</context>
<context>
    <name>marsa::storage::ExerciseTraffic</name>
    <message>
        <source>The window&apos;s received lines could not be copied: %1</source>
        <translation>تعذّر نسخ الأسطر المستقبَلة في الفترة: %1</translation>
    </message>
</context>
<context>
    <name>marsa::storage::HandoverListRepository</name>
    <message>
        <source>A detention centre or hospital needs a name.</source>
        <translation>يحتاج مركز الاحتجاز أو المستشفى إلى اسم.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 موجود في القائمة بالفعل.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>رفضت قاعدة البيانات التغيير: %1</translation>
    </message>
    <message>
        <source>No such detention centre or hospital.</source>
        <translation>لا يوجد مركز احتجاز أو مستشفى كهذا.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else in the meantime: read the list again.</source>
        <translation>غيّر شخص آخر %1 في هذه الأثناء: اقرأ القائمة من جديد.</translation>
    </message>
</context>
<context>
    <name>marsa::storage::IncidentService</name>
    <message>
        <source>Case %1 is damaged in the database.</source>
        <translation>القضية %1 تالفة في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>رفضت قاعدة البيانات التغيير: %1</translation>
    </message>
    <message>
        <source>Case %1 was changed by someone else in the meantime: reload it and try again.</source>
        <translation>غيّر شخص آخر القضية %1 في هذه الأثناء: أعد تحميلها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Trainers create exercise cases only.</source>
        <translation>ينشئ المدربون قضايا تمرين فقط.</translation>
    </message>
    <message>
        <source>The reported position is not a position.</source>
        <translation>الموقع المُبلغ عنه ليس موقعاً صالحاً.</translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>لا يمكن أن تكون الأعداد سالبة.</translation>
    </message>
    <message>
        <source>Men, women and children add up to %1, more than the %2 reported on board.</source>
        <translation>مجموع الرجال والنساء والأطفال %1، وهو أكثر من %2 المُبلغ عنهم على المتن.</translation>
    </message>
    <message>
        <source>Case opened: %1, %2 on board</source>
        <translation>فُتحت القضية: %1، %2 على المتن</translation>
    </message>
    <message>
        <source>Phase %1 → %2</source>
        <translation>المرحلة %1 ← %2</translation>
    </message>
    <message>
        <source>Status %1 → %2</source>
        <translation>الحالة %1 ← %2</translation>
    </message>
    <message>
        <source>Outcome: %1 rescued, %2 dead, %3 missing</source>
        <translation>النتيجة: %1 ناجون، %2 متوفون، %3 مفقودون</translation>
    </message>
    <message>
        <source>Reopened from %1</source>
        <translation>أعيد فتحها من %1</translation>
    </message>
    <message>
        <source>A log entry needs some text.</source>
        <translation>يحتاج القيد في السجل إلى نص.</translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation>لا توجد هذه القضية.</translation>
    </message>
    <message>
        <source>No such tasking.</source>
        <translation>لا يوجد هذا التكليف.</translation>
    </message>
    <message>
        <source>The reported position is outside the chart&apos;s area (%1°N to %2°N, %3°E to %4°E).</source>
        <translation>الموقع المُبلغ عنه خارج نطاق الخريطة (من %1° شمالاً إلى %2° شمالاً، ومن %3° شرقاً إلى %4° شرقاً).</translation>
    </message>
    <message>
        <source>The first alert at %1 UTC is in the future.</source>
        <translation>أول بلاغ في %1 UTC يقع في المستقبل.</translation>
    </message>
    <message>
        <source>Case %1 is numbered for %2, but its first alert is in %3.</source>
        <translation>رقم القضية %1 لعام %2، لكن أول بلاغ لها في %3.</translation>
    </message>
    <message>
        <source>Case %1 already exists.</source>
        <translation>القضية %1 موجودة بالفعل.</translation>
    </message>
    <message>
        <source>Case %1 has changed since: &quot;%2&quot; can no longer be undone.</source>
        <translation>تغيّرت القضية %1 منذ ذلك الحين: لم يعد ممكناً التراجع عن «%2».</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>تم التراجع: %1</translation>
    </message>
    <message>
        <source>%1 tasked</source>
        <translation>كُلّفت %1</translation>
    </message>
    <message>
        <source>%1 tasked; status %2 → %3</source>
        <translation>كُلّفت %1؛ الحالة %2 ← %3</translation>
    </message>
    <message>
        <source>The tasking was changed by someone else in the meantime: reload it.</source>
        <translation>غيّر شخص آخر التكليف في هذه الأثناء: أعد تحميله.</translation>
    </message>
    <message>
        <source>%1 on scene</source>
        <translation>%1 في الموقع</translation>
    </message>
    <message>
        <source>%1 released</source>
        <translation>انتهى تكليف %1</translation>
    </message>
    <message>
        <source>%1 on scene; status %2 → %3</source>
        <translation>%1 في الموقع؛ الحالة %2 ← %3</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>لا توجد القضية %1.</translation>
    </message>
    <message>
        <source>Case %1 was changed by someone else since you read it (you saw version %2, it is now at version %3): nothing was saved.</source>
        <translation>غيّر شخص آخر القضية %1 منذ أن قرأتها (رأيت النسخة %2، وهي الآن في النسخة %3): لم يُحفظ شيء.</translation>
    </message>
</context>
<context>
    <name>marsa::storage::Journal</name>
    <message>
        <source>The journal could not be read or written: %1</source>
        <translation>تعذّرت قراءة السجل الزمني أو الكتابة فيه: %1</translation>
    </message>
    <message>
        <source>A case entry of the journal cannot be read.</source>
        <translation>تعذّرت قراءة قيد حالة في السجل الزمني.</translation>
    </message>
</context>
<context>
    <name>marsa::storage::TrackRetention</name>
    <message>
        <source>Full detail must be kept from 1 to 3650 days.</source>
        <translation>يجب الاحتفاظ بالتفاصيل الكاملة من يوم واحد إلى 3650 يومًا.</translation>
    </message>
    <message>
        <source>The thinning tolerance must be from 0 to 1000 metres.</source>
        <translation>يجب أن تكون سماحية التخفيف من 0 إلى 1000 متر.</translation>
    </message>
    <message>
        <source>The longest gap between kept points must be from 1 to 1440 minutes.</source>
        <translation>يجب أن تكون أطول فجوة بين النقاط المحفوظة من 1 إلى 1440 دقيقة.</translation>
    </message>
    <message>
        <source>Cannot read the track retention setting: %1</source>
        <translation>تعذّرت قراءة إعداد الاحتفاظ بالمسارات: %1</translation>
    </message>
    <message>
        <source>Cannot store the track retention setting: %1</source>
        <translation>تعذّر حفظ إعداد الاحتفاظ بالمسارات: %1</translation>
    </message>
</context>
<context>
    <name>marsa::storage::TrackStore</name>
    <message>
        <source>The time window ends before it starts: choose a start before the end.</source>
        <translation>تنتهي الفترة الزمنية قبل أن تبدأ: اختر بداية قبل النهاية.</translation>
    </message>
    <message>
        <source>Thinning needs a tolerance of zero metres or more and a gap of more than zero.</source>
        <translation>يتطلب التخفيف سماحية صفر متر أو أكثر وفجوة أكبر من الصفر.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>تعذّر بدء المعاملة: %1</translation>
    </message>
    <message>
        <source>Cannot read or write the vessel tracks: %1</source>
        <translation>تعذّرت قراءة مسارات السفن أو كتابتها: %1</translation>
    </message>
    <message>
        <source>Static data without an MMSI cannot be stored.</source>
        <translation>لا يمكن حفظ بيانات ثابتة بلا رقم MMSI.</translation>
    </message>
</context>
<context>
    <name>marsa::storage::UserAdminService</name>
    <message>
        <source>Your account %1 is not in this database: sign in again.</source>
        <translation>حسابك %1 غير موجود في قاعدة البيانات هذه: سجّل الدخول مجدداً.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>رفضت قاعدة البيانات التغيير: %1</translation>
    </message>
    <message>
        <source>The account %1 was changed by someone else in the meantime (version %2, you saw version %3).</source>
        <translation>غيّر شخص آخر الحساب %1 في هذه الأثناء (النسخة %2، وقد رأيت النسخة %3).</translation>
    </message>
</context>
<context>
    <name>marsa::storage::UserRepository</name>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>اسم المستخدم %1 مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>اسم مستخدم غير معروف أو كلمة مرور خاطئة.</translation>
    </message>
    <message>
        <source>The account %1 is damaged: ask an administrator.</source>
        <translation>الحساب %1 تالف: اطلب المساعدة من مسؤول النظام.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>الحساب %1 معطَّل.</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>لا يوجد حساب كهذا.</translation>
    </message>
    <message>
        <source>Cannot save the new password: %1</source>
        <translation>تعذّر حفظ كلمة المرور الجديدة: %1</translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation>تعذّرت قراءة المستخدمين: %1</translation>
    </message>
    <message>
        <source>Cannot save the user %1: %2</source>
        <translation>تعذّر حفظ المستخدم %1: %2</translation>
    </message>
    <message>
        <source>The account %1 was changed by someone else in the meantime.</source>
        <translation>غيّر شخص آخر الحساب %1 في هذه الأثناء.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
</TS>
