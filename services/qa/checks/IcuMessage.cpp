// IcuMessage: walks MessagePattern's flat list of parts; every complex argument (at any depth) is an
// ARG_START whose selectors follow up to its ARG_LIMIT, each selector's sub-message skipped whole.
#include "IcuMessage.h"

#include <unicode/messagepattern.h>
#include <unicode/parseerr.h>
#include <unicode/utypes.h>

namespace tessera::qa::checks {

namespace {

QString toQString(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

} // namespace

IcuMessage IcuMessage::parse(const QString& text)
{
    IcuMessage message;
    const icu::UnicodeString pattern(reinterpret_cast<const char16_t*>(text.constData()), int32_t(text.size()));
    UParseError parseError{};
    UErrorCode status = U_ZERO_ERROR;
    icu::MessagePattern parsed(pattern, &parseError, status);
    if (U_FAILURE(status)) {
        message.valid = false;
        message.error = QString::fromLatin1(u_errorName(status));
        message.offset = parseError.offset;
        return message;
    }
    const int32_t count = parsed.countParts();
    for (int32_t i = 0; i < count; ++i) {
        const icu::MessagePattern::Part& part = parsed.getPart(i);
        if (part.getType() != UMSGPAT_PART_TYPE_ARG_START)
            continue;
        const UMessagePatternArgType argType = part.getArgType();
        IcuArgument argument;
        switch (argType) {
        case UMSGPAT_ARG_TYPE_PLURAL:
            argument.type = QStringLiteral("plural");
            break;
        case UMSGPAT_ARG_TYPE_SELECTORDINAL:
            argument.type = QStringLiteral("selectordinal");
            break;
        case UMSGPAT_ARG_TYPE_SELECT:
            argument.type = QStringLiteral("select");
            break;
        default:
            continue;
        }
        argument.start = part.getIndex();
        argument.name = toQString(parsed.getSubstring(parsed.getPart(i + 1)));
        const int32_t limit = parsed.getLimitPartIndex(i);
        for (int32_t j = i + 2; j < limit; ++j) {
            const icu::MessagePattern::Part& p = parsed.getPart(j);
            if (p.getType() == UMSGPAT_PART_TYPE_ARG_SELECTOR)
                argument.selectors.append(toQString(parsed.getSubstring(p)));
            else if (p.getType() == UMSGPAT_PART_TYPE_MSG_START)
                j = parsed.getLimitPartIndex(j);
        }
        message.arguments.append(argument);
    }
    return message;
}

} // namespace tessera::qa::checks
