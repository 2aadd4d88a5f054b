#include "XliffEdits.h"

#include <algorithm>

namespace tessera::formats {

QString XliffEdits::apply(const QString& text) const
{
    QList<Edit> edits = m_edits;
    std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
    QString out;
    out.reserve(text.size() + 4096);
    qsizetype copied = 0;
    for (const Edit& edit : edits) {
        const qsizetype begin = qMax(edit.begin, copied);
        out += QStringView(text).mid(copied, begin - copied);
        out += edit.text;
        copied = qMax(copied, edit.end);
    }
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace tessera::formats
