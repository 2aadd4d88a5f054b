<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>QWebSocketServer</name>
    <message>
        <source>Upgrade to WebSocket failed.</source>
        <translation>Błąd upgrade&apos;u do WebSocket.</translation>
    </message>
    <message>
        <source>Too many pending connections.</source>
        <translation>Zbyt dużo oczekujących połączeń.</translation>
    </message>
    <message>
        <source>Invalid response received.</source>
        <translation>Otrzymano niepoprawną odpowiedź.</translation>
    </message>
</context>
<context>
    <name>QWebSocket</name>
    <message>
        <source>The protocols attribute contains newlines. Possible attack detected.</source>
        <translation>Atrybut protokołów zawiera znaki nowych linii. Wykryto możliwy atak.</translation>
    </message>
    <message>
        <source>Unsupported WebSocket scheme: %1</source>
        <translation>Nieobsługiwany schemat WebSocket: %1</translation>
    </message>
    <message>
        <source>Error writing bytes to socket: %1.</source>
        <translation>Błąd zapisu do gniazda: %1.</translation>
    </message>
    <message>
        <source>Accept-Key received from server %1 does not match the client key %2.</source>
        <translation>Accept-Key otrzymany z serwera %1 nie pasuje do klucza klienta %2.</translation>
    </message>
    <message>
        <source>Invalid resource name.</source>
        <translation>Niepoprawna nazwa zasobu.</translation>
    </message>
    <message>
        <source>The origin contains newlines. Possible attack detected.</source>
        <translation>Źródło zawiera znaki nowych linii. Wykryto możliwy atak.</translation>
    </message>
    <message>
        <source>The hostname contains newlines. Possible attack detected.</source>
        <translation>Nazwa hosta zawiera znaki nowych linii. Wykryto możliwy atak.</translation>
    </message>
    <message>
        <source>The resource name contains newlines. Possible attack detected.</source>
        <translation>Nazwa zasobu zawiera znaki nowych linii. Wykryto możliwy atak.</translation>
    </message>
    <message>
        <source>Invalid URL.</source>
        <translation>Niepoprawny URL.</translation>
    </message>
    <message>
        <source>QWebSocketPrivate::processHandshake: Unhandled http status code: %1 (%2).</source>
        <translation>QWebSocketPrivate::processHandshake: Nieobsługiwany kod statusu http: %1 (%2).</translation>
    </message>
    <message>
        <source>QWebSocketPrivate::processHandshake: Connection closed while reading header.</source>
        <translation>QWebSocketPrivate::processHandshake: Połączenie zamknięte podczas odczytu nagłówka.</translation>
    </message>
    <message>
        <source>QWebSocketPrivate::processHandshake: Invalid statusline in response: %1.</source>
        <translation>QWebSocketPrivate::processHandshake: Niepoprawna linia statusu w odpowiedzi: %1.</translation>
    </message>
    <message>
        <source>SSL Sockets are not supported on this platform.</source>
        <translation>Ta platforma nie obsługuje gniazd SSL.</translation>
    </message>
    <message>
        <source>The extensions attribute contains newlines. Possible attack detected.</source>
        <translation>Atrybut rozszerzeń zawiera znaki nowych linii. Wykryto możliwy atak.</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Zamknięto połączenie</translation>
    </message>
    <message>
        <source>Bytes written %1 != %2.</source>
        <translation>Liczba zapisanych danych %1 != %2.</translation>
    </message>
    <message>
        <source>QWebSocketPrivate::processHandshake: Unknown error condition encountered. Aborting connection.</source>
        <translation>QWebSocketPrivate::processHandshake: Nieznany błąd. Przerwano połączenie.</translation>
    </message>
    <message>
        <source>Handshake: Server requests a version that we don&apos;t support: %1.</source>
        <translation>Handshake: Serwer zażądał nieobsługiwanej wersji: %1.</translation>
    </message>
    <message>
        <source>Invalid statusline in response: %1.</source>
        <translation>Niepoprawna linia statusu w odpowiedzi: %1.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Brak pamięci.</translation>
    </message>
</context>
<context>
    <name>QWebSocketFrame</name>
    <message>
        <source>Lengths smaller than 65536 (2^16) must be expressed as 2 bytes.</source>
        <translation>Długości mniejsze od 65536 (2^16) muszą być wyrażone za pomocą dwóch bajtów.</translation>
    </message>
    <message>
        <source>Error occurred while reading from the network: %1</source>
        <translation>Błąd odczytu z sieci: %1</translation>
    </message>
    <message>
        <source>Something went wrong during reading from the network.</source>
        <translation>Błąd odczytu z sieci.</translation>
    </message>
    <message>
        <source>Some serious error occurred while reading from the network.</source>
        <translation>Poważny błąd odczytu z sieci.</translation>
    </message>
    <message>
        <source>Used reserved opcode</source>
        <translation>Użyto zarezerwowanego opcode</translation>
    </message>
    <message>
        <source>Error while reading from the network: %1.</source>
        <translation>Błąd odczytu z sieci: %1.</translation>
    </message>
    <message>
        <source>Lengths smaller than 126 must be expressed as one byte.</source>
        <translation>Długości mniejsze od 126 muszą być wyrażone za pomocą jednego bajta.</translation>
    </message>
    <message>
        <source>Timeout when reading data from socket.</source>
        <translation>Przekroczony limit czasu oczekiwania na dane z gniazda.</translation>
    </message>
    <message>
        <source>Rsv field is non-zero</source>
        <translation>Pole rsv jest niezerowe</translation>
    </message>
</context>
<context>
    <name>QWebSocketDataProcessor</name>
    <message>
        <source>Received Continuation frame, while there is nothing to continue.</source>
        <translation>Otrzymano znak kontynuacji, jednak wcześniej nie otrzymano żadnych innych danych.</translation>
    </message>
    <message>
        <source>Invalid opcode detected: %1</source>
        <translation>Wykryto niepoprawny opcode: %1</translation>
    </message>
    <message>
        <source>Invalid close code %1 detected.</source>
        <translation>Wykryto niepoprawny kod zamykający %1.</translation>
    </message>
    <message>
        <source>Received message is too big.</source>
        <translation>Otrzymano zbyt obszerny komunikat.</translation>
    </message>
    <message>
        <source>Invalid UTF-8 code encountered.</source>
        <translation>Otrzymano niepoprawny znak UTF-8.</translation>
    </message>
</context>
<context>
    <name>QWebSocketHandshakeResponse</name>
    <message>
        <source>Access forbidden.</source>
        <translation>Dostęp zabroniony.</translation>
    </message>
    <message>
        <source>One of the headers contains a newline. Possible attack detected.</source>
        <translation>Jeden z nagłówków zawiera znak nowej linii. Wykryto możliwy atak.</translation>
    </message>
    <message>
        <source>Unsupported version requested.</source>
        <translation>Zażądano nieobsługiwanej wersji.</translation>
    </message>
</context>
<context>
    <name>QQmlWebSocket</name>
    <message>
        <source>QQmlWebSocket is not ready.</source>
        <translation>QQmlWebSocket nie jest gotowy.</translation>
    </message>
    <message>
        <source>Messages can only be sent when the socket is open.</source>
        <translation>Komunikaty mogą być wysyłane jedynie gdy gniazdo jest otwarte.</translation>
    </message>
</context>
<context>
    <name>QQmlWebSocketServer</name>
    <message>
        <source>QQmlWebSocketServer is not ready.</source>
        <translation>QQmlWebSocketServer nie jest gotowy.</translation>
    </message>
</context>
</TS>
