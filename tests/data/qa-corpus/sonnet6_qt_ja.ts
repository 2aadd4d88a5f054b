<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>SonnetConfigUI</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Enable autodetection of &amp;language</source>
        <translation>言語の自動検出を有効にする(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;kip run-together words</source>
        <translation>連続した単語をスキップする(&amp;K)</translation>
    </message>
    <message>
        <source>No backend like hunspell/aspell/myspell installed</source>
        <translation>hunspell/aspell/myspell のようなバックエンドがインストールされていません</translation>
    </message>
    <message>
        <source>Enable &amp;background spellchecking</source>
        <translation>バックグラウンドスペルチェックを有効にする(&amp;B)</translation>
    </message>
    <message>
        <source>Choose your preferred languages</source>
        <translation>優先する言語を選択</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>&amp;Automatic spell checking enabled by default</source>
        <translation>デフォルトで自動スペルチェックを有効にする(&amp;A)</translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation>デフォルトの言語:</translation>
    </message>
    <message>
        <source>Skip all &amp;uppercase words</source>
        <translation>大文字の単語をすべてスキップする(&amp;U)</translation>
    </message>
    <message>
        <source>Ignored Words</source>
        <translation>無視する単語</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Preferred Languages</source>
        <translation>優先する言語</translation>
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
&lt;p&gt;この不明な単語をそのままにしておく場合は、ここをクリックしてください。&lt;/p&gt;
&lt;p&gt;このアクションは、名前, 頭字語, 外国語を辞書に登録せずに使う場合に役立ちます。&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>Language Selection</source>
        <translation>言語の選択</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;Select the language of the document you are proofing here.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;校正するドキュメントの言語を選択してください。&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;The unknown word was detected and considered unknown because it is not included in the dictionary.&lt;br&gt;
Click here if you consider the unknown word not to be misspelled, and you want to avoid wrongly detecting it again in the future. If you want to let it remain as is, but not add it to the dictionary, then click &lt;b&gt;Ignore&lt;/b&gt; or &lt;b&gt;Ignore All&lt;/b&gt; instead.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;この単語は辞書に該当するものがないため「不明な単語」と判定されました。&lt;br/&gt;
この単語をスペル間違いと見なされないようにするには、ここをクリックしてください。辞書に追加せずにこの単語をそのままにしておく場合は、&lt;b&gt;無視&lt;/b&gt;または&lt;b&gt;すべて無視&lt;/b&gt;をクリックしてください。&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;If the unknown word is misspelled, you should check if the correction for it is available and if it is, click on it. If none of the words in this list is a good replacement you may type the correct word in the edit box above.&lt;/p&gt;
&lt;p&gt;To correct this word click &lt;b&gt;Replace&lt;/b&gt; if you want to correct only this occurrence or &lt;b&gt;Replace All&lt;/b&gt; if you want to correct all occurrences.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;不明な単語のスペルが間違っている場合は、修正を利用可能かどうか確認し、利用可能な場合はクリックしてください。このリストの単語がどれも適切な置換候補でない場合は、上の編集ボックスに正しい単語を入力してください。&lt;/p&gt;
&lt;p&gt;この単語をこの箇所のみ修正する場合は&lt;b&gt;置換&lt;/b&gt;をクリックし、すべての箇所で修正する場合は&lt;b&gt;すべて置換&lt;/b&gt;をクリックしてください。&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>... the &lt;b&gt;misspelled&lt;/b&gt; word shown in context ...</source>
        <translation>... &lt;b&gt;スペル間違い&lt;/b&gt;の単語とその文脈 ...</translation>
    </message>
    <message>
        <source>&lt;b&gt;misspelled&lt;/b&gt;</source>
        <translation>&lt;b&gt;スペル間違い&lt;/b&gt;</translation>
    </message>
    <message>
        <source>R&amp;eplace All</source>
        <translation>すべて置換(&amp;E)</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;Here you can see a text excerpt showing the unknown word in its context. If this information is not sufficient to choose the best replacement for the unknown word, you can click on the document you are proofing, read a larger part of the text and then return here to continue proofing.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;ここで「不明な単語」をその文脈の中で確認することができます。この情報だけでは不明な単語の最適な代替語を選択できない場合は、校正中の文書をクリックしてテキストのより広い部分を読み、ここに戻って校正を続行できます。&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>&lt;qt&gt;&lt;p&gt;This word was considered to be an &quot;unknown word&quot; because it does not match any entry in the dictionary currently in use. It may also be a word in a foreign language.&lt;/p&gt;
&lt;p&gt;If the word is not misspelled, you may add it to the dictionary by clicking &lt;b&gt;Add to Dictionary&lt;/b&gt;. If you do not want to add the unknown word to the dictionary, but you want to leave it unchanged, click &lt;b&gt;Ignore&lt;/b&gt; or &lt;b&gt;Ignore All&lt;/b&gt;.&lt;/p&gt;
&lt;p&gt;However, if the word is misspelled, you can try to find the correct replacement in the list below. If you cannot find a replacement there, you may type it in the text box below, and click &lt;b&gt;Replace&lt;/b&gt; or &lt;b&gt;Replace All&lt;/b&gt;.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;&lt;p&gt;この単語は現在使用中の辞書に該当するものがないため「不明な単語」と判定されました。これは外国語の単語かもしれません。&lt;/p&gt;
&lt;p&gt;この単語がスペル間違いでなければ、&lt;b&gt;辞書に追加&lt;/b&gt;をクリックして辞書に登録してください。辞書には追加せずにこの単語をそのままにしておく場合は、&lt;b&gt;無視&lt;/b&gt;または&lt;b&gt;すべて無視&lt;/b&gt;をクリックしてください。&lt;/p&gt;
&lt;p&gt;この単語がスペル間違いの場合は、下のリストから正しい単語を選んでください。正しい単語が見つからないときは、下のテキストボックスに入力して&lt;b&gt;置換&lt;/b&gt;または&lt;b&gt;すべて置換&lt;/b&gt;をクリックしてください。&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;Click here to replace all occurrences of the unknown text with the text in the edit box above (to the left).&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;ここをクリックすると、不明なテキストがすべて上の編集ボックス (左側) のテキストに置き換えられます。&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;Click here to replace this occurrence of the unknown text with the text in the edit box above (to the left).&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;ここをクリックすると、不明なテキストが上の編集ボックス (左側) のテキストに置き換えられます。&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>I&amp;gnore All</source>
        <translation>すべて無視(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置換(&amp;R)</translation>
    </message>
    <message>
        <source>Unknown word</source>
        <translation>不明な単語</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;Click here to let all occurrences of the unknown word remain as they are.&lt;/p&gt;
&lt;p&gt;This action is useful when the word is a name, an acronym, a foreign word or any other unknown word that you want to use but not add to the dictionary.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;この不明な単語をすべてそのままにしておく場合は、ここをクリックしてください。&lt;/p&gt;
&lt;p&gt;このアクションは、名前, 頭字語, 外国語を辞書に登録せずに使う場合に役立ちます。&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>Suggestion List</source>
        <translation>提案リスト</translation>
    </message>
    <message>
        <source>Autocorrect</source>
        <translation>自動修正</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>無視(&amp;I)</translation>
    </message>
    <message>
        <source>Unknown word:</source>
        <translation>不明な単語:</translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation>提案(&amp;U)</translation>
    </message>
    <message>
        <source>&lt;qt&gt;
&lt;p&gt;If the unknown word is misspelled, you should type the correction for your misspelled word here or select it from the list below.&lt;/p&gt;
&lt;p&gt;You can then click &lt;b&gt;Replace&lt;/b&gt; if you want to correct only this occurrence of the word or &lt;b&gt;Replace All&lt;/b&gt; if you want to correct all occurrences.&lt;/p&gt;
&lt;/qt&gt;</source>
        <translation>&lt;qt&gt;
&lt;p&gt;不明な単語がスペル間違いの場合は、ここに正しい単語を入力するか、下のリストから正しい単語を選択してください。&lt;/p&gt;
&lt;p&gt;現在の箇所のみを置き換える場合は&lt;b&gt;置換&lt;/b&gt;をクリックし、すべての箇所を置き換える場合は&lt;b&gt;すべて置換&lt;/b&gt;をクリックしてください。&lt;/p&gt;
&lt;/qt&gt;</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>次と置換(&amp;W):</translation>
    </message>
    <message>
        <source>Text excerpt showing the unknown word in its context.</source>
        <translation>不明な単語とその文脈の抜粋。</translation>
    </message>
    <message>
        <source>&lt;&lt; Add to Dictionary</source>
        <translation>&lt;&lt; 辞書に追加</translation>
    </message>
</context>
<context>
    <name>Sonnet::Loader</name>
    <message>
        <source>large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>with accents</source>
        <translation>アクセント記号あり</translation>
    </message>
    <message>
        <source>small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>-ize suffixes and with accents</source>
        <translation>-ize サフィックス、アクセント記号あり</translation>
    </message>
    <message>
        <source>-ise suffixes and with accents</source>
        <translation>-ise サフィックス、アクセント記号あり</translation>
    </message>
    <message>
        <source>-ize suffixes and without accents</source>
        <translation>-ize サフィックス、アクセント記号なし</translation>
    </message>
    <message>
        <source>with yo, old russian</source>
        <translation>yo あり、古いロシア語</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>with yeyo, modern and old russian</source>
        <translation>yeyo あり、現代ロシア語と古いロシア語</translation>
    </message>
    <message>
        <source>variant 0</source>
        <translation>バリアント 0</translation>
    </message>
    <message>
        <source>variant 1</source>
        <translation>バリアント 1</translation>
    </message>
    <message>
        <source>variant 2</source>
        <translation>バリアント 2</translation>
    </message>
    <message>
        <source>with ye, modern russian</source>
        <translation>ye あり、現代ロシア語</translation>
    </message>
    <message>
        <source>without accents</source>
        <translation>アクセント記号なし</translation>
    </message>
    <message>
        <source>-ise suffixes and without accents</source>
        <translation>-ise サフィックス、アクセント記号なし</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>拡張</translation>
    </message>
    <message>
        <source>-ise suffixes</source>
        <translation>-ise サフィックス</translation>
    </message>
    <message>
        <source>-ize suffixes</source>
        <translation>-ize サフィックス</translation>
    </message>
</context>
<context>
    <name>Sonnet::SpellCheckDecorator</name>
    <message>
        <source>Add to Dictionary</source>
        <translation>辞書に追加</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>No suggestions for %1</source>
        <translation>%1 の提案候補はありません</translation>
    </message>
</context>
<context>
    <name>Sonnet::Highlighter</name>
    <message>
        <source>As-you-type spell checking disabled.</source>
        <translation>逐次スペルチェックを無効にしました。</translation>
    </message>
    <message>
        <source>As-you-type spell checking enabled.</source>
        <translation>逐次スペルチェックを有効にしました。</translation>
    </message>
    <message>
        <source>Too many misspelled words. As-you-type spell checking disabled.</source>
        <translation>スペル間違いが多すぎます。逐次スペルチェックを無効にしました。</translation>
    </message>
</context>
<context>
    <name>SpellcheckHighlighter</name>
    <message>
        <source>As-you-type spell checking disabled.</source>
        <translation>逐次スペルチェックを無効にしました。</translation>
    </message>
    <message>
        <source>As-you-type spell checking enabled.</source>
        <translation>逐次スペルチェックを有効にしました。</translation>
    </message>
    <message>
        <source>Too many misspelled words. As-you-type spell checking disabled.</source>
        <translation>スペル間違いが多すぎます。逐次スペルチェックを無効にしました。</translation>
    </message>
</context>
<context>
    <name>Sonnet::Dialog</name>
    <message>
        <source>Spell check stopped.</source>
        <translation>スペルチェックが停止されました。</translation>
    </message>
    <message>
        <source>Spell check canceled.</source>
        <translation>スペルチェックがキャンセルされました。</translation>
    </message>
    <message>
        <source>Spell check complete.</source>
        <translation>スペルチェックが完了しました。</translation>
    </message>
    <message>
        <source>Spell checking in progress…</source>
        <translation>スペルチェック中です...</translation>
    </message>
    <message>
        <source>Check Spelling</source>
        <translation>スペルチェック</translation>
    </message>
</context>
<context>
    <name>Sonnet::ConfigDialog</name>
    <message>
        <source>Spell Checking Configuration</source>
        <translation>スペルチェックの設定</translation>
    </message>
</context>
</TS>
