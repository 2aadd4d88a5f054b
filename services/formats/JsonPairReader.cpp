// JsonPairReader: the key-value JSON pair read into a sink, one segment at a time.
#include "JsonPairReader.h"

#include <functional>
#include <optional>

#include "JsonValueIndex.h"
#include "text/PluralRules.h"

namespace tessera::formats {

using domain::Result;
using domain::Segment;
using domain::SegmentFlag;
using domain::SegmentState;

namespace {

// Walks a file and hands over each entry where JsonKeys::collect makes it: a singular entry at its
// string, a plural group at its first form.
class JsonEntryEmitter final : public JsonEntryVisitor {
public:
    using Emit = std::function<bool(const QString& key, const JsonWalkValue& value, bool plural, bool ordinal)>;
    JsonEntryEmitter(JsonKeys::Mode mode, const JsonValueIndex& index, Emit emit)
        : JsonEntryVisitor(mode)
        , m_index(index)
        , m_emit(std::move(emit))
    {
        setLanguageRoot(index.languageRoot());
    }

private:
    bool onScalar(const JsonWalkValue& value, const JsonEntryRole& role) override
    {
        if (role.kind == JsonEntryRole::Kind::Single)
            return m_emit(role.key, value, false, false);
        if (role.kind != JsonEntryRole::Kind::PluralForm)
            return true;
        const JsonValueIndex::Plural* group = m_index.plural(JsonHash::of(role.key));
        if (group && group->firstKey == value.keyBegin)
            return m_emit(role.key, value, true, role.ordinal);
        return true;
    }
    bool onOpen(const JsonWalkValue&) override { return true; }
    bool onClose(const Frame&, qsizetype, qsizetype) override { return true; }

    const JsonValueIndex& m_index;
    Emit m_emit;
};

// One indexed file and its bytes.
struct JsonIndexedFile {
    const QByteArray& data;
    const JsonValueIndex& index;

    QString text(const JsonValueIndex::Range& range) const { return JsonValueIndex::text(data, range); }
};

// A segment's targets and state from the translation's entry `key` (JsonKeys::segments' fill).
void fillTargets(Segment& segment, const JsonIndexedFile& translation, const JsonHash& key, bool plural, bool ordinal,
                 const QString& language)
{
    if (!plural) {
        const JsonValueIndex::Range* value = translation.index.single(key);
        segment.targets = QStringList{value ? translation.text(*value) : QString()};
        segment.state = domain::stateOfTargets(segment.targets);
        return;
    }
    const JsonValueIndex::Plural* group = translation.index.plural(key);
    const QStringList& order = JsonKeys::categoryOrder();
    JsonEntry entry;
    entry.ordinal = ordinal;
    for (int c = 0; group && c < 6; ++c) {
        if (group->mask & (1u << c))
            entry.forms.insert(order[c], -1);
    }
    const QStringList categories = JsonKeys::categories(entry, language);
    segment.targets.clear();
    for (const QString& category : categories) {
        segment.targets.append(group ? translation.text(group->forms[size_t(order.indexOf(category))]) : QString());
    }
    if (segment.targets.isEmpty())
        segment.targets.append(QString());
    segment.state = domain::stateOfTargets(segment.targets);
}

// A segment's source (and source plural) from its own file's entry (JsonKeys' pluralSource).
void fillSource(Segment& segment, const JsonIndexedFile& file, const JsonWalkValue& value, const JsonHash& key,
                bool plural)
{
    if (!plural) {
        segment.source = JsonWalk::text(file.data, value.begin, value.end);
        return;
    }
    const JsonValueIndex::Plural* group = file.index.plural(key);
    if (!group)
        return;
    const auto& forms = group->forms;
    segment.source = file.text(forms[1].valid() ? forms[1] : forms[size_t(group->first)]);
    segment.sourcePlural = file.text(forms[5].valid() ? forms[5] : forms[size_t(group->last)]);
}

} // namespace

Result<bool> JsonPairReader::read(SegmentSink& sink, const QByteArray& source, const QString& sourceName,
                                  const QByteArray& translation, const QString& translationName, JsonKeys::Mode mode,
                                  const QString& format, const QString& language)
{
    JsonValueIndex targetIndex(mode);
    if (!targetIndex.build(translation))
        return false;
    JsonValueIndex sourceIndex(mode);
    if (!sourceIndex.build(source))
        return false;
    const JsonIndexedFile target{translation, targetIndex};
    const JsonIndexedFile sourceFile{source, sourceIndex};
    const bool arb = mode == JsonKeys::Mode::Arb;

    ParsedDocument header;
    header.format = format;
    header.targetLanguage = arb ? target.text(targetIndex.locale()) : QString();
    if (header.targetLanguage.isEmpty())
        header.targetLanguage = JsonKeys::languageFromFileName(translationName);
    header.sourceLanguage = arb ? sourceFile.text(sourceIndex.locale()) : QString();
    if (header.sourceLanguage.isEmpty())
        header.sourceLanguage = JsonKeys::languageFromFileName(sourceName);
    // Plural categories follow the language the files say (ARB: none), as JsonKeys::read.
    const QString categoryLanguage = arb ? QString() : header.targetLanguage;
    if (mode == JsonKeys::Mode::I18next && !header.targetLanguage.isEmpty())
        header.pluralForms = int(text::PluralRules::formCount(header.targetLanguage));
    if (!language.isEmpty())
        header.targetLanguage = language;
    if (auto begun = sink.begin(header); !begun)
        return std::unexpected(begun.error());

    std::optional<domain::Error> error;
    int order = 0;
    const auto give = [&](Segment&& segment, const JsonHash& key) {
        if (arb) {
            segment.context.note = sourceFile.text(sourceIndex.description(key));
            if (segment.context.note.isEmpty())
                segment.context.note = target.text(targetIndex.description(key));
        }
        if (auto taken = sink.segment(std::move(segment)); !taken) {
            error = taken.error();
            return false;
        }
        return true;
    };

    JsonEntryEmitter sourceWalk(mode, sourceIndex,
                                [&](const QString& key, const JsonWalkValue& value, bool plural, bool ordinal) {
                                    const JsonHash hash = JsonHash::of(key);
                                    Segment segment;
                                    segment.key = key;
                                    segment.order = ++order;
                                    fillSource(segment, sourceFile, value, hash, plural);
                                    fillTargets(segment, target, hash, plural, ordinal, categoryLanguage);
                                    return give(std::move(segment), hash);
                                });
    const JsonWalk::Outcome walked = JsonWalk::run(source, sourceWalk);
    if (error)
        return std::unexpected(*error);
    if (walked != JsonWalk::Outcome::Done)
        return domain::fail(domain::ErrorCode::Internal, QStringLiteral("%1 changed while read").arg(sourceName));
    if (targetIndex.within(sourceIndex))
        return true;

    // The translation's keys the source lacks, in its order.
    JsonEntryEmitter obsoleteWalk(mode, targetIndex,
                                  [&](const QString& key, const JsonWalkValue& value, bool plural, bool ordinal) {
                                      const JsonHash hash = JsonHash::of(key);
                                      if (sourceIndex.hasEntry(hash))
                                          return true;
                                      Segment segment;
                                      segment.key = key;
                                      segment.order = ++order;
                                      fillTargets(segment, target, hash, plural, ordinal, categoryLanguage);
                                      fillSource(segment, target, value, hash, plural);
                                      segment.flags |= SegmentFlag::Obsolete;
                                      return give(std::move(segment), hash);
                                  });
    const JsonWalk::Outcome obsolete = JsonWalk::run(translation, obsoleteWalk);
    if (error)
        return std::unexpected(*error);
    if (obsolete != JsonWalk::Outcome::Done)
        return domain::fail(domain::ErrorCode::Internal, QStringLiteral("%1 changed while read").arg(translationName));
    return true;
}

} // namespace tessera::formats
