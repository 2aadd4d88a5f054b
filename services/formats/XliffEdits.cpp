#include "XliffEdits.h"

#include <algorithm>

namespace tessera::formats {

namespace {

// `edits` applied to `text` from `copied` on, into `out`; `copied` ends after the last edit.
template <typename Edits> void applyEdits(Edits& edits, QByteArrayView text, qsizetype& copied, ByteOutput& out)
{
    std::stable_sort(edits.begin(), edits.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
    for (const auto& edit : edits) {
        const qsizetype begin = qMax(edit.begin, copied);
        out.append(text.sliced(copied, begin - copied));
        out.append(edit.text.toUtf8());
        copied = qMax(copied, edit.end);
    }
}

} // namespace

QByteArray XliffEdits::apply(const QByteArray& text) const
{
    QList<Edit> edits = m_edits;
    QByteArray bytes;
    ByteOutput out(bytes);
    out.reserve(text.size() + 4096);
    qsizetype copied = 0;
    applyEdits(edits, QByteArrayView(text), copied, out);
    out.append(QByteArrayView(text).sliced(copied));
    return bytes;
}

void XliffEdits::flush(QByteArrayView text, ByteOutput& out)
{
    applyEdits(m_edits, text, m_copied, out);
    m_edits.clear();
}

void XliffEdits::finish(QByteArrayView text, ByteOutput& out)
{
    flush(text, out);
    out.append(text.sliced(m_copied));
    m_copied = text.size();
}

} // namespace tessera::formats
