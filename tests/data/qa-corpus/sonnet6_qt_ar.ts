<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>SonnetConfigUI</name>
    <message>
        <source>&amp;Add</source>
        <translation>أ&amp;ضف</translation>
    </message>
    <message>
        <source>Enable autodetection of &amp;language</source>
        <translation>مكّن الاكتشاف الآلي للّ&amp;غة</translation>
    </message>
    <message>
        <source>S&amp;kip run-together words</source>
        <translation>&amp;تخطَّ الكلمات التي تأتي معاً</translation>
    </message>
    <message>
        <source>No backend like hunspell/aspell/myspell installed</source>
        <translation>لم يثبت أي خلفية للتهجية مثل هانسبل أو ايسبيل أو مايسبيل</translation>
    </message>
    <message>
        <source>Enable &amp;background spellchecking</source>
        <translation>مكّن التدقيق الإملائي في ال&amp;خلفية</translation>
    </message>
    <message>
        <source>Choose your preferred languages</source>
        <translation>اختر لغاتك المفضلة</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>خيارات</translation>
    </message>
    <message>
        <source>&amp;Automatic spell checking enabled by default</source>
        <translation>التدقيق الإ&amp;ملائي الآليّ مفعل مبدئيًّا</translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation>اللغة الافتراضية:</translation>
    </message>
    <message>
        <source>Skip all &amp;uppercase words</source>
        <translation>تخطَّ كل الكلمات بالأحرف ال&amp;كبيرة</translation>
    </message>
    <message>
        <source>Ignored Words</source>
        <translation>الكلمات المُتجاهَلة</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>أ&amp;زل</translation>
    </message>
    <message>
        <source>Preferred Languages</source>
        <translation>اللغات المُفضلة</translation>
    </message>
</context>
<context>
    <name>SonnetUi</name>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;Click here to let this occurrence of the unknown word remain as is.&lt;/p&gt;
&lt;p&gt;This action is useful when the word is a name, an acronym, a foreign word or any other unknown word that you want to use but not add to the dictionary.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;انقر هنا لتجعل الكلمة تبقى كما هي هذه المرة فقط.&lt;/p&gt;
&lt;p&gt;هذا مفيد إذا كانت الكلمة اسمًا أو اختصاراً أو كلمة أجنبية أو أي نوع من الكلمات المجهولة التي تريد أن تستخدمها وأن لا تضيفها إلى القاموس.&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>Language Selection</source>
        <translation>اختيار اللغة</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;Select the language of the document you are proofing here.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;اختر لغة المستند الذي تدقِّقه هنا.&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;The unknown word was detected and considered unknown because it is not included in the dictionary.&lt;br&gt;
Click here if you consider the unknown word not to be misspelled, and you want to avoid wrongly detecting it again in the future. If you want to let it remain as is, but not add it to the dictionary, then click &lt;b&gt;Ignore&lt;/b&gt; or &lt;b&gt;Ignore All&lt;/b&gt; instead.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;اكتُشفت الكلمة المجهولة واعتُبرت مجهولة لأنّها غير موجودة في القاموس.&lt;br&gt;
انقر هنا إن كنت تعتقد أنّ الكلمة المجهولة ليست مهجّأة خطأ، وتريد تجنّب اكتشافها خطأ في المستقبل. إن أردت تركها كما هي، ولكن دون إضافتها إلى القاموس، فانقر &lt;b&gt;تجاهل&lt;/b&gt; أو &lt;b&gt;تجاهل الكلّ&lt;/b&gt;.&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;If the unknown word is misspelled, you should check if the correction for it is available and if it is, click on it. If none of the words in this list is a good replacement you may type the correct word in the edit box above.&lt;/p&gt;
&lt;p&gt;To correct this word click &lt;b&gt;Replace&lt;/b&gt; if you want to correct only this occurrence or &lt;b&gt;Replace All&lt;/b&gt; if you want to correct all occurrences.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt; 
&lt;p&gt; إذا كانت الكلمة غير المعروفة بها أخطاء إملائية ، فيجب عليك التحقق مما إذا كان التصحيح الخاص بها متاحًا وإذا كان كذلك ، فانقر فوقه. إذا لم تكن أي من الكلمات الموجودة في هذه القائمة بديلاً جيدًا ، يمكنك كتابة الكلمة الصحيحة في مربع التعديل أعلاه. &lt;/p&gt; 
&lt;p&gt; لتصحيح هذه الكلمة ، انقر فوق &lt;b&gt; استبدال &lt;/b&gt; إذا كنت تريد تصحيح هذا التكرار فقط أو على &lt;b&gt; استبدال الكل &lt;/b&gt; إذا كنت تريد تصحيح جميع التكرارات.&lt;/p&gt; 
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>... the &lt;b&gt;misspelled&lt;/b&gt; word shown in context ...</source>
        <translation>... الكلمة  &lt;b&gt;الخاطئة إملائيًّا&lt;/b&gt; معروضة في السياق ...</translation>
    </message>
    <message>
        <source>&lt;b&gt;misspelled&lt;/b&gt;</source>
        <translation>&lt;b&gt;خاطئة إملائيًّا&lt;/b&gt;</translation>
    </message>
    <message>
        <source>R&amp;eplace All</source>
        <translation>استبدل ال&amp;كلّ</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;Here you can see a text excerpt showing the unknown word in its context. If this information is not sufficient to choose the best replacement for the unknown word, you can click on the document you are proofing, read a larger part of the text and then return here to continue proofing.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt; 
&lt;p&gt; هنا يمكنك مشاهدة مقتطف نصي يظهر كلمة غير معروفة في سياقها.إذا لم تكن هذه المعلومات كافية لاختيار أفضل بديل للكلمة غير المعروفة ، يمكنك النقر فوق المستند الذي تقوم بتدقيقه ، وقراءة جزء أكبر من النص ، ثم العودة إلى هنا لمتابعة التدقيق. &lt;/p&gt; 
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>&lt;qt&gt;&lt;p&gt;This word was considered to be an &quot;unknown word&quot; because it does not match any entry in the dictionary currently in use. It may also be a word in a foreign language.&lt;/p&gt;
&lt;p&gt;If the word is not misspelled, you may add it to the dictionary by clicking &lt;b&gt;Add to Dictionary&lt;/b&gt;. If you do not want to add the unknown word to the dictionary, but you want to leave it unchanged, click &lt;b&gt;Ignore&lt;/b&gt; or &lt;b&gt;Ignore All&lt;/b&gt;.&lt;/p&gt;
&lt;p&gt;However, if the word is misspelled, you can try to find the correct replacement in the list below. If you cannot find a replacement there, you may type it in the text box below, and click &lt;b&gt;Replace&lt;/b&gt; or &lt;b&gt;Replace All&lt;/b&gt;.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;&lt;p&gt;اعتُبرت هذه الكلمة &quot;كلمة مجهولة&quot; لأنّها لا تطابق أيّة مدخلة في القاموس المستخدم حاليًّا. قد تكون أيضًا كلمة في لغة أجنبيّة.&lt;/p&gt;
&lt;p&gt;إن لم تكن الكلمة مهجّأة خطأ، يمكنك إضافتها إلى القاموس بنقر &lt;b&gt;أضف إلى القاموس&lt;/b&gt;. إن لم ترد إضافة الكلمة المجهولة إلى القاموس، بل تركها كما هي، انقر &lt;b&gt;تجاهل&lt;/b&gt; أو &lt;b&gt;تجاهل الكلّ&lt;/b&gt;.&lt;/p&gt;
&lt;p&gt;بأيّ حال، إن كانت الكلمة مهجّأة خطأ، يمكنك إيجاد التّهجئة الصّحيحة في القائمة أدناه. إن لم تجدها فيمكنك كتابتها في مربّع النّصّ أدناه، ونقر &lt;b&gt;استبدل&lt;/b&gt; أو &lt;b&gt;استبدل الكلّ&lt;/b&gt;.&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;Click here to replace all occurrences of the unknown text with the text in the edit box above (to the left).&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;انقر هنا لاستبدال الكلمة الموجودة في صندوق التحرير أعلاه (إلى اليمين) مكان الكلمة المجهولة في كل الأماكن.&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;Click here to replace this occurrence of the unknown text with the text in the edit box above (to the left).&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;انقر هنا لاستبدال الكلمة الموجودة في صندوق التحرير أعلاه (إلى اليمين) مكان الكلمة المجهولة هذه المرة فقط.&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>I&amp;gnore All</source>
        <translation>تجاهل الك&amp;لّ</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدل</translation>
    </message>
    <message>
        <source>Unknown word</source>
        <translation>كلمة مجهولة</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;Click here to let all occurrences of the unknown word remain as they are.&lt;/p&gt;
&lt;p&gt;This action is useful when the word is a name, an acronym, a foreign word or any other unknown word that you want to use but not add to the dictionary.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;انقر هنا لتجعل الكلمة المجهولة تبقى كما هي في كل مرات ظهورها.&lt;/p&gt;
&lt;p&gt;هذا مفيد إذا كانت الكلمة اسمًا أو اختصاراً أو كلمة أجنبية أو أي نوع من الكلمات المجهولة التي تريد أن تستخدمها وأن لا تضيفها إلى القاموس.&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>Suggestion List</source>
        <translation>قائمة الاقتراحات</translation>
    </message>
    <message>
        <source>Autocorrect</source>
        <translation>صحّح آليًا</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>ت&amp;جاهل</translation>
    </message>
    <message>
        <source>Unknown word:</source>
        <translation>كلمة مجهولة:</translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation>ا&amp;قترح</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;If the unknown word is misspelled, you should type the correction for your misspelled word here or select it from the list below.&lt;/p&gt;
&lt;p&gt;You can then click &lt;b&gt;Replace&lt;/b&gt; if you want to correct only this occurrence of the word or &lt;b&gt;Replace All&lt;/b&gt; if you want to correct all occurrences.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;إن كانت الكلمة المجهولة مهجّأة خطأ، فعليك كتابة التّصحيح هنا أو اختياره من القائمة أدناه.&lt;/p&gt;
&lt;p&gt;يمكنك أيضًا نقر &lt;b&gt;استبدل&lt;/b&gt; إن أردت تصحيح هذا الحدوث للكلمة فقط أو &lt;b&gt;استبدل الكلّ&lt;/b&gt; إن أردت تصحيح كلّ الحدوثات.&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>استبدل &amp;بِـ:</translation>
    </message>
    <message>
        <source>Text excerpt showing the unknown word in its context.</source>
        <translation>النص المستخلَص يعرض الكلمات المجهولة في السياق.</translation>
    </message>
    <message>
        <source>&lt;&lt; Add to Dictionary</source>
        <translation>&lt;&lt; أضف إلى القاموس</translation>
    </message>
</context>
<context>
    <name>Sonnet::Loader</name>
    <message>
        <source>large</source>
        <translation>كبيرة</translation>
    </message>
    <message>
        <source>with accents</source>
        <translation>مع لجهات</translation>
    </message>
    <message>
        <source>small</source>
        <translation>صغيرة</translation>
    </message>
    <message>
        <source>-ize suffixes and with accents</source>
        <translation>اللواحق ‎-ize مع اللهجات</translation>
    </message>
    <message>
        <source>-ise suffixes and with accents</source>
        <translation>اللواحق ‎-ise مع اللهجات</translation>
    </message>
    <message>
        <source>-ize suffixes and without accents</source>
        <translation>اللواحق ‎-ize دون اللهجات</translation>
    </message>
    <message>
        <source>with yo, old russian</source>
        <translation>مع yo، روسيّة قديمة</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسّطة</translation>
    </message>
    <message>
        <source>with yeyo, modern and old russian</source>
        <translation>مع yeyo، روسيّة حديثة وقديمة</translation>
    </message>
    <message>
        <source>variant 0</source>
        <translation>التنويعة 0</translation>
    </message>
    <message>
        <source>variant 1</source>
        <translation>التنويعة 1</translation>
    </message>
    <message>
        <source>variant 2</source>
        <translation>التنويعة 2</translation>
    </message>
    <message>
        <source>with ye, modern russian</source>
        <translation>مع ye، روسيّة حديثة</translation>
    </message>
    <message>
        <source>without accents</source>
        <translation>دون لهجات</translation>
    </message>
    <message>
        <source>-ise suffixes and without accents</source>
        <translation>اللواحق ‎-ise دون اللهجات</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>ممتدة</translation>
    </message>
    <message>
        <source>-ise suffixes</source>
        <translation>اللواحق ‎-ise</translation>
    </message>
    <message>
        <source>-ize suffixes</source>
        <translation>اللواحق ‎-ize</translation>
    </message>
</context>
<context>
    <name>Sonnet::SpellCheckDecorator</name>
    <message>
        <source>Add to Dictionary</source>
        <translation>أضف إلى القاموس</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>No suggestions for %1</source>
        <translation>لا اقتراحات لِـ %1</translation>
    </message>
</context>
<context>
    <name>Sonnet::Highlighter</name>
    <message>
        <source>As-you-type spell checking disabled.</source>
        <translation>التدقيق الإملائي أثنا الكتابة معطَّل.</translation>
    </message>
    <message>
        <source>As-you-type spell checking enabled.</source>
        <translation>التدقيق الإملائي أثناء الكتابة مفعَّل.</translation>
    </message>
    <message>
        <source>Too many misspelled words. As-you-type spell checking disabled.</source>
        <translation>الكلمات الخاطئة إملائيًّا كثيرة جدًّا.</translation>
    </message>
</context>
<context>
    <name>SpellcheckHighlighter</name>
    <message>
        <source>As-you-type spell checking disabled.</source>
        <translation>التدقيق الإملائي أثنا الكتابة معطَّل.</translation>
    </message>
    <message>
        <source>As-you-type spell checking enabled.</source>
        <translation>التدقيق الإملائي أثناء الكتابة مفعَّل.</translation>
    </message>
    <message>
        <source>Too many misspelled words. As-you-type spell checking disabled.</source>
        <translation>الكلمات الخاطئة إملائيًّا كثيرة جدًّا.</translation>
    </message>
</context>
<context>
    <name>Sonnet::Dialog</name>
    <message>
        <source>Spell check stopped.</source>
        <translation>توقّف تدقيق الإملاء.</translation>
    </message>
    <message>
        <source>Spell check canceled.</source>
        <translation>أُلغيَ تدقيق الإملاء.</translation>
    </message>
    <message>
        <source>Spell check complete.</source>
        <translation>اكتمل تدقيق الإملاء.</translation>
    </message>
    <message>
        <source>Spell checking in progress…</source>
        <translation>تدقيق الهجاء جارٍ…</translation>
    </message>
    <message>
        <source>Check Spelling</source>
        <translation>دقّق الإملاء</translation>
    </message>
</context>
<context>
    <name>Sonnet::ConfigDialog</name>
    <message>
        <source>Spell Checking Configuration</source>
        <translation>تضبيط التدقيق الإملائي</translation>
    </message>
</context>
</TS>
