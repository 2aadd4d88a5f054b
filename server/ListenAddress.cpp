#include "ListenAddress.h"

namespace tessera::server {

using domain::ErrorCode;

domain::Result<ListenAddress> ListenAddress::parse(const QString& text)
{
    const auto invalid = [&](const QString& why) {
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("invalid listen address \"%1\": %2 (expected ADDR:PORT, e.g. "
                                           "127.0.0.1:8080 or [::1]:0)")
                                .arg(text, why));
    };
    QString host;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1String("]:"));
        if (close < 0)
            return invalid(QStringLiteral("an IPv6 address needs a port after the closing bracket"));
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon < 0)
            return invalid(QStringLiteral("no port"));
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (host.contains(QLatin1Char(':')))
            return invalid(QStringLiteral("write an IPv6 address in brackets"));
    }
    ListenAddress address;
    if (host == QLatin1String("localhost"))
        address.host = QHostAddress(QHostAddress::LocalHost);
    else if (!address.host.setAddress(host))
        return invalid(QStringLiteral("\"%1\" is not an IP address").arg(host));
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (!ok || number > 65535 || port.startsWith(QLatin1Char('+')))
        return invalid(QStringLiteral("the port must be a number from 0 to 65535"));
    address.port = quint16(number);
    return address;
}

QString ListenAddress::url(quint16 actualPort) const
{
    const QString name = host.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(host.toString())
                                                                          : host.toString();
    return QStringLiteral("http://%1:%2").arg(name).arg(actualPort);
}

} // namespace tessera::server
