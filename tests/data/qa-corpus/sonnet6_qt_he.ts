<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>SonnetConfigUI</name>
    <message>
        <source>&amp;Add</source>
        <translation>הו&amp;ספה</translation>
    </message>
    <message>
        <source>Enable autodetection of &amp;language</source>
        <translation>הפעלת זיהוי &amp;שפה אוטומטי</translation>
    </message>
    <message>
        <source>S&amp;kip run-together words</source>
        <translation>דילוג על &amp;מילים מחוברות</translation>
    </message>
    <message>
        <source>No backend like hunspell/aspell/myspell installed</source>
        <translation>לא מותקן מנגנון כגון hunspell/aspell/myspell</translation>
    </message>
    <message>
        <source>Enable &amp;background spellchecking</source>
        <translation>הפעלת בדיקת איות ב&amp;רקע</translation>
    </message>
    <message>
        <source>Choose your preferred languages</source>
        <translation>נא לבחור את השפות המועדפות עליך</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>אפשרויות</translation>
    </message>
    <message>
        <source>&amp;Automatic spell checking enabled by default</source>
        <translation>&amp;בדיקת איות אוטומטית מופעלת כברירת מחדל.</translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation>שפת ברירת־מחדל:</translation>
    </message>
    <message>
        <source>Skip all &amp;uppercase words</source>
        <translation>&amp;דילוג על כל המילים שמורכבות מאותיות גדולות בלבד</translation>
    </message>
    <message>
        <source>Ignored Words</source>
        <translation>מילים שיש להתעלם מהן</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>הס&amp;רה</translation>
    </message>
    <message>
        <source>Preferred Languages</source>
        <translation>שפות המועדפות</translation>
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
&lt;p&gt;לחיצה כאן תשאיר את המופע הזה של המילה הבלתי־מוכרת כפי שהוא ולא תשנה אותו.&lt;/p&gt;
&lt;p&gt;פעולה זו שימושית כאשר המילה היא שם, ראשי תיבות, מילה זרה או כל מילה לא מוכרת אחרת שברצונך להשתמש בה אך לא להוסיפה למילון.&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>Language Selection</source>
        <translation>בחירת שפה</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;Select the language of the document you are proofing here.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;נא לבחור את שפת המסמך שנתון להגהתך.&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;The unknown word was detected and considered unknown because it is not included in the dictionary.&lt;br&gt;
Click here if you consider the unknown word not to be misspelled, and you want to avoid wrongly detecting it again in the future. If you want to let it remain as is, but not add it to the dictionary, then click &lt;b&gt;Ignore&lt;/b&gt; or &lt;b&gt;Ignore All&lt;/b&gt; instead.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;המילה הבלתי־מוכרת נמצאה וסומנה כבלתי־מוכרת כיוון שאינה מופיעה במילון.&lt;br&gt;
יש ללחוץ כאן אם להערכתך איות המילה תקין וברצונך להימנע מסימונה כשגויה בעתיד. כדי להשאיר את המצב כפי שהוא, אך לא להוסיף את המלה למילון, יש ללחוץ במקום זאת על &lt;b&gt;התעלמות&lt;/b&gt; או &lt;b&gt;התעלמות מהכול&lt;/b&gt;. &lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;If the unknown word is misspelled, you should check if the correction for it is available and if it is, click on it. If none of the words in this list is a good replacement you may type the correct word in the edit box above.&lt;/p&gt;
&lt;p&gt;To correct this word click &lt;b&gt;Replace&lt;/b&gt; if you want to correct only this occurrence or &lt;b&gt;Replace All&lt;/b&gt; if you want to correct all occurrences.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;אם איות המלה הבלתי־מוכרת שגוי, רצוי לבדוק אם התיקון הנכון זמין ואם כן, ללחוץ עליו. אם אף אחת מהמילים ברשימה אינה התיקון המתאים, אפשר להקליד את המילה הנכונה בתיבת העריכה לעיל.&lt;/p&gt;
&lt;p&gt;כדי לתקן מילה זו יש ללחוץ על &lt;b&gt;החלפה&lt;/b&gt; כדי לתקן מופע זה בלבד, או &lt;b&gt;החלפה של הכול&lt;/b&gt; אם ברצונך לתקן את כל המופעים.&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>... the &lt;b&gt;misspelled&lt;/b&gt; word shown in context ...</source>
        <translation>…המילה עם &lt;b&gt;שגיאת הכתיב&lt;/b&gt; בהקשר שלה…</translation>
    </message>
    <message>
        <source>&lt;b&gt;misspelled&lt;/b&gt;</source>
        <translation>&lt;b&gt;שגיאת כתיב&lt;/b&gt;</translation>
    </message>
    <message>
        <source>R&amp;eplace All</source>
        <translation>ה&amp;חלפה של הכול</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;Here you can see a text excerpt showing the unknown word in its context. If this information is not sufficient to choose the best replacement for the unknown word, you can click on the document you are proofing, read a larger part of the text and then return here to continue proofing.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;כאן אפשר לראות קטע מתוך הטקסט המציג את המילה הבלתי־מוכרת בהקשר בו היא מופיעה. אם מידע זה לא מספיק לך כדי לבחור את התיקון המתאים למילה הלא מוכרת, אפשר ללחוץ על המסמך שנמצא בבדיקתך, לקרוא קטע טקסט גדול יותר ולחזור לכאן כדי להמשיך בבדיקה.&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>&lt;qt&gt;&lt;p&gt;This word was considered to be an &quot;unknown word&quot; because it does not match any entry in the dictionary currently in use. It may also be a word in a foreign language.&lt;/p&gt;
&lt;p&gt;If the word is not misspelled, you may add it to the dictionary by clicking &lt;b&gt;Add to Dictionary&lt;/b&gt;. If you do not want to add the unknown word to the dictionary, but you want to leave it unchanged, click &lt;b&gt;Ignore&lt;/b&gt; or &lt;b&gt;Ignore All&lt;/b&gt;.&lt;/p&gt;
&lt;p&gt;However, if the word is misspelled, you can try to find the correct replacement in the list below. If you cannot find a replacement there, you may type it in the text box below, and click &lt;b&gt;Replace&lt;/b&gt; or &lt;b&gt;Replace All&lt;/b&gt;.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;&lt;p&gt;מילה זו היא מילה „לא מוכרת” כיוון שאינה מתאימה לאף ערך במילון שמשתמשים בו כרגע. ייתכן גם שזו מילה בשפה זרה.&lt;/p&gt;
&lt;p&gt;אם איות המילה אינו שגוי, אולי יעניין אותך להוסיף את המילה למילון על ידי לחיצה על &lt;b&gt;הוספה למילון&lt;/b&gt;. כדי לא להוסיף את המילה הלא מוכרת למילון, אך להשאירה ללא שינויים, יש ללחוץ על &lt;b&gt;התעלמות&lt;/b&gt; או &lt;b&gt;התעלמות מהכול&lt;/b&gt;.&lt;/p&gt;
&lt;p&gt;עם זאת, אם איות המילה שגוי, אפשר לנסות למצוא את התיקון המתאים מהרשימה להלן. אם לא הצלחת למצוא שם תיקון, ניתן להקליד אותו בתיבת הטקסט להלן וללחוץ על &lt;b&gt;החלפה&lt;/b&gt; או &lt;b&gt;החלפה של הכול&lt;/b&gt;.&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;Click here to replace all occurrences of the unknown text with the text in the edit box above (to the left).&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;לחיצה כאן תחליף את כל המופעים של הטקסט הבלתי־מוכר בטקסט שבתיבת העריכה לעיל (בצד ימין).&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;Click here to replace this occurrence of the unknown text with the text in the edit box above (to the left).&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;לחיצה כאן תחליף מופע זה של הטקסט הבלתי־מוכר בטקסט שבתיבת העריכה לעיל (בצד ימין).&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>I&amp;gnore All</source>
        <translation>הת&amp;עלמות מהכול</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>הח&amp;לפה</translation>
    </message>
    <message>
        <source>Unknown word</source>
        <translation>מילה בלתי מוכרת</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;Click here to let all occurrences of the unknown word remain as they are.&lt;/p&gt;
&lt;p&gt;This action is useful when the word is a name, an acronym, a foreign word or any other unknown word that you want to use but not add to the dictionary.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;לחיצה כאן תשאיר את כל המופעים של המילה הבלתי־מוכרת כפי שהם ולא תשנה אותם.&lt;/p&gt;
&lt;p&gt;פעולה זו שימושית כאשר המילה היא שם, ראשי תיבות, מילה זרה או כל מילה לא מוכרת אחרת שברצונך להשתמש בה אך לא להוסיפה למילון.&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>Suggestion List</source>
        <translation>רשימת הצעות</translation>
    </message>
    <message>
        <source>Autocorrect</source>
        <translation>תיקון אוטומטי</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>ה&amp;תעלמות</translation>
    </message>
    <message>
        <source>Unknown word:</source>
        <translation>מילה בלתי מוכרת:</translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation>ה&amp;צעה</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;If the unknown word is misspelled, you should type the correction for your misspelled word here or select it from the list below.&lt;/p&gt;
&lt;p&gt;You can then click &lt;b&gt;Replace&lt;/b&gt; if you want to correct only this occurrence of the word or &lt;b&gt;Replace All&lt;/b&gt; if you want to correct all occurrences.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;אם איות המילה הבלתי־מוכרת שגוי, אפשר להקליד כאן את התיקון למילה או לבחור אותו מהרשימה להלן.&lt;/p&gt;
&lt;p&gt;אחר כך אפשר ללחוץ על &lt;b&gt;החלפה&lt;/b&gt; כדי לתקן מופע זה בלבד, או &lt;b&gt;החלפה של הכול&lt;/b&gt; אם ברצונך לתקן את כל המופעים.&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>החלפה &amp;ב־:</translation>
    </message>
    <message>
        <source>Text excerpt showing the unknown word in its context.</source>
        <translation>מובאת טקסט שמציגה את המילה הבלתי־מוכרת בהקשר שלה.</translation>
    </message>
    <message>
        <source>&lt;&lt; Add to Dictionary</source>
        <translation>&lt;&lt; הוספה למילון</translation>
    </message>
</context>
<context>
    <name>Sonnet::Loader</name>
    <message>
        <source>large</source>
        <translation>גדול</translation>
    </message>
    <message>
        <source>with accents</source>
        <translation>עם הטעמות</translation>
    </message>
    <message>
        <source>small</source>
        <translation>קטן</translation>
    </message>
    <message>
        <source>-ize suffixes and with accents</source>
        <translation>סיומות ‎-ize עם הטעמות</translation>
    </message>
    <message>
        <source>-ise suffixes and with accents</source>
        <translation>סיומות ‎-ise עם הטעמות</translation>
    </message>
    <message>
        <source>-ize suffixes and without accents</source>
        <translation>סיומות ‎-ize ובלי הטעמות</translation>
    </message>
    <message>
        <source>with yo, old russian</source>
        <translation>עם יוֹ, רוסית עתיקה</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>בינוני</translation>
    </message>
    <message>
        <source>with yeyo, modern and old russian</source>
        <translation>עם יֶהיוֹ, רוסית מודרנית ועתיקה</translation>
    </message>
    <message>
        <source>variant 0</source>
        <translation>חלופה 0</translation>
    </message>
    <message>
        <source>variant 1</source>
        <translation>חלופה 1</translation>
    </message>
    <message>
        <source>variant 2</source>
        <translation>חלופה 2</translation>
    </message>
    <message>
        <source>with ye, modern russian</source>
        <translation>עם יֶה, רוסית מודרנית</translation>
    </message>
    <message>
        <source>without accents</source>
        <translation>בלי הטעמות</translation>
    </message>
    <message>
        <source>-ise suffixes and without accents</source>
        <translation>סיומות ‎-ise בלי הטעמות</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>מורחב</translation>
    </message>
    <message>
        <source>-ise suffixes</source>
        <translation>סיומות ‎-ise</translation>
    </message>
    <message>
        <source>-ize suffixes</source>
        <translation>סיומות ‎-ize</translation>
    </message>
</context>
<context>
    <name>Sonnet::SpellCheckDecorator</name>
    <message>
        <source>Add to Dictionary</source>
        <translation>הוספה למילון</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>התעלמות</translation>
    </message>
    <message>
        <source>No suggestions for %1</source>
        <translation>אין הצעות עבור %1</translation>
    </message>
</context>
<context>
    <name>Sonnet::Highlighter</name>
    <message>
        <source>As-you-type spell checking disabled.</source>
        <translation>בדיקת איות תוך כדי הקלדה מושבתת.</translation>
    </message>
    <message>
        <source>As-you-type spell checking enabled.</source>
        <translation>בדיקת איות תוך כדי הקלדה מופעלת.</translation>
    </message>
    <message>
        <source>Too many misspelled words. As-you-type spell checking disabled.</source>
        <translation>יותר מדי שגיאות כתיב. בדיקת איות תוך כדי הקלדה מושבתת.</translation>
    </message>
</context>
<context>
    <name>SpellcheckHighlighter</name>
    <message>
        <source>As-you-type spell checking disabled.</source>
        <translation>בדיקת איות תוך כדי הקלדה מושבתת.</translation>
    </message>
    <message>
        <source>As-you-type spell checking enabled.</source>
        <translation>בדיקת איות תוך כדי הקלדה פעילה.</translation>
    </message>
    <message>
        <source>Too many misspelled words. As-you-type spell checking disabled.</source>
        <translation>יותר מדי שגיאות כתיב. בדיקת איות תוך כדי הקלדה מושבתת.</translation>
    </message>
</context>
<context>
    <name>Sonnet::Dialog</name>
    <message>
        <source>Spell check stopped.</source>
        <translation>בדיקת האיות נעצרה.</translation>
    </message>
    <message>
        <source>Spell check canceled.</source>
        <translation>בדיקת האיות בוטלה.</translation>
    </message>
    <message>
        <source>Spell check complete.</source>
        <translation>בדיקת האיות הושלמה.</translation>
    </message>
    <message>
        <source>Spell checking in progress…</source>
        <translation>האיות נבדק…</translation>
    </message>
    <message>
        <source>Check Spelling</source>
        <translation>בדיקת איות</translation>
    </message>
</context>
<context>
    <name>Sonnet::ConfigDialog</name>
    <message>
        <source>Spell Checking Configuration</source>
        <translation>הגדרת בדיקת איות</translation>
    </message>
</context>
</TS>
