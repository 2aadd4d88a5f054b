#include "XliffEdits.h"

#include <algorithm>

namespace tessera::formats {

QByteArray XliffEdits::apply(const QByteArray& text) const
{
    QList<Edit> edits = m_edits;
    std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
    QByteArray out;
    out.reserve(text.size() + 4096);
    qsizetype copied = 0;
    for (const Edit& edit : edits) {
        const qsizetype begin = qMax(edit.begin, copied);
        out += QByteArrayView(text).sliced(copied, begin - copied);
        out += edit.text.toUtf8();
        copied = qMax(copied, edit.end);
    }
    out += QByteArrayView(text).sliced(copied);
    return out;
}

} // namespace tessera::formats
