#include "SegmentCorpus.h"

#include <array>
#include <random>
#include <string_view>

#include <QByteArray>
#include <QElapsedTimer>
#include <QUuid>

#include "ProcessClock.h"

namespace tessera::bench {

namespace {

using domain::Segment;
using domain::SegmentState;

constexpr std::array<std::string_view, 10> s_modules{"editor", "dashboard", "review",  "settings", "sync",
                                                     "export", "import",    "project", "glossary", "memory"};
constexpr std::array<std::string_view, 8> s_screens{"dialog", "toolbar", "menu",   "panel",
                                                    "wizard", "table",   "status", "tooltip"};
constexpr std::array<std::string_view, 8> s_elements{"save_button", "title",  "description", "error_message",
                                                     "confirm",     "prompt", "header",      "hint"};
constexpr std::array<std::string_view, 48> s_english{
    "the",     "project",   "file",     "could",    "not",      "be",        "saved",  "because",
    "disk",    "is",        "full",     "please",   "choose",   "another",   "folder", "and",
    "try",     "again",     "your",     "changes",  "will",     "synced",    "when",   "connection",
    "returns", "segment",   "review",   "approved", "deadline", "tomorrow",  "export", "translation",
    "memory",  "matches",   "glossary", "term",     "missing",  "source",    "target", "language",
    "select",  "documents", "to",       "import",   "into",     "workspace", "with",   "settings"};
constexpr std::array<std::string_view, 48> s_german{"die",
                                                    "Datei",
                                                    "konnte",
                                                    "nicht",
                                                    "gespeichert",
                                                    "werden",
                                                    "weil",
                                                    "der",
                                                    "Datenträger",
                                                    "voll",
                                                    "ist",
                                                    "bitte",
                                                    "wählen",
                                                    "Sie",
                                                    "einen",
                                                    "anderen",
                                                    "Ordner",
                                                    "und",
                                                    "versuchen",
                                                    "es",
                                                    "erneut",
                                                    "Ihre",
                                                    "Änderungen",
                                                    "werden",
                                                    "synchronisiert",
                                                    "sobald",
                                                    "Verbindung",
                                                    "besteht",
                                                    "Segment",
                                                    "Prüfung",
                                                    "freigegeben",
                                                    "Frist",
                                                    "morgen",
                                                    "Export",
                                                    "Übersetzungsspeicher",
                                                    "Treffer",
                                                    "Glossar",
                                                    "Begriff",
                                                    "fehlt",
                                                    "Quelle",
                                                    "Ziel",
                                                    "Sprache",
                                                    "auswählen",
                                                    "Dokumente",
                                                    "importieren",
                                                    "Arbeitsbereich",
                                                    "mit",
                                                    "Einstellungen"};
constexpr std::array<std::string_view, 4> s_placeholders{"%1", "{count}", "%n", "<b>%2</b>"};

// splitmix64: a good 64-bit mix, so that segment i needs no state from segment i-1.
std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

template <std::size_t N>
QString sentence(std::mt19937_64& rng, const std::array<std::string_view, N>& words, int length)
{
    QString text;
    text.reserve(length + 24);
    std::uniform_int_distribution<std::size_t> pick(0, N - 1);
    std::uniform_int_distribution<int> percent(0, 99);
    while (text.size() < length) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        if (percent(rng) < 4) {
            const auto placeholder = s_placeholders[std::size_t(percent(rng)) % s_placeholders.size()];
            text += QLatin1StringView(placeholder.data(), qsizetype(placeholder.size()));
        } else {
            const auto word = words[pick(rng)];
            text += QString::fromUtf8(word.data(), qsizetype(word.size()));
        }
    }
    text.truncate(length);
    text[0] = text[0].toUpper();
    if (text.back() == QLatin1Char(' '))
        text.chop(1);
    text += QLatin1Char('.');
    return text;
}

} // namespace

SegmentCorpus::SegmentCorpus(std::uint64_t seed)
    : m_seed(seed)
{}

QString SegmentCorpus::id(qint64 index) const
{
    // Laid out like domain::newId(): version 7, a millisecond clock and a counter first, so ids made
    // one after another sort in order, as a real import's do; the tail is random but repeatable.
    const std::uint64_t ms = 1'795'000'000'000ULL + std::uint64_t(index) / 4096;
    const std::uint64_t counter = std::uint64_t(index) % 4096;
    const std::uint64_t tail = mix(m_seed ^ mix(std::uint64_t(index)));
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 6; ++i)
        bytes[i] = char(ms >> (8 * (5 - i)));
    bytes[6] = char(0x70 | (counter >> 8));
    bytes[7] = char(counter & 0xff);
    for (int i = 8; i < 16; ++i)
        bytes[i] = char(tail >> (8 * (15 - i)));
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 9562 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

bool SegmentCorpus::isPlural(qint64 index) const
{
    return mix(m_seed + 7 * std::uint64_t(index)) % 10 == 0;
}

Segment SegmentCorpus::segment(qint64 index) const
{
    std::mt19937_64 rng(mix(m_seed ^ (std::uint64_t(index) << 1)));
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> sourceLength(19, 199);
    Segment s;
    s.id = id(index);
    const auto module = s_modules[std::size_t(rng() % s_modules.size())];
    const auto screen = s_screens[std::size_t(rng() % s_screens.size())];
    const auto element = s_elements[std::size_t(rng() % s_elements.size())];
    s.key = QStringLiteral("%1.%2.%3.%4")
                .arg(QLatin1StringView(module.data(), qsizetype(module.size())),
                     QLatin1StringView(screen.data(), qsizetype(screen.size())),
                     QLatin1StringView(element.data(), qsizetype(element.size())))
                .arg(index);
    s.order = int(index);
    const int length = sourceLength(rng);
    s.source = sentence(rng, s_english, length);
    if (isPlural(index))
        s.sourcePlural = sentence(rng, s_english, length + 2);
    const int kind = percent(rng);
    if (kind < 70) { // translated in some state; a German target is ~20% longer than its English source
        s.targets.append(sentence(rng, s_german, length * 6 / 5));
        if (s.isPlural())
            s.targets.append(sentence(rng, s_german, length * 6 / 5 + 2));
        s.state = kind < 40 ? SegmentState::Translated : kind < 60 ? SegmentState::Reviewed : SegmentState::Approved;
    } else if (kind < 80) {
        s.targets.append(sentence(rng, s_german, length));
        s.state = SegmentState::Draft;
    }
    if (percent(rng) < 30)
        s.context.note = sentence(rng, s_english, 30 + percent(rng) / 2);
    if (percent(rng) < 50)
        s.context.locations.append(QStringLiteral("src/%1/%2.cpp:%3")
                                       .arg(QLatin1StringView(module.data(), qsizetype(module.size())),
                                            QLatin1StringView(screen.data(), qsizetype(screen.size())))
                                       .arg(rng() % 2000 + 1));
    if (percent(rng) < 5)
        s.context.maxLength = 40 + percent(rng);
    return s;
}

void SegmentCorpus::fill(QList<Segment>& out, qint64 first, qint64 count) const
{
    out.clear();
    out.reserve(count);
    for (qint64 i = first; i < first + count; ++i)
        out.append(segment(i));
}

QStringList SegmentCorpus::editTargets(qint64 index, qint64 edit) const
{
    std::mt19937_64 rng(mix(m_seed ^ mix(std::uint64_t(edit) + 0x5eed)));
    std::uniform_int_distribution<int> length(24, 240);
    QStringList targets{sentence(rng, s_german, length(rng))};
    if (isPlural(index))
        targets.append(sentence(rng, s_german, length(rng)));
    return targets;
}

void SegmentCorpus::fill(QList<domain::Segment>& out, qint64 first, qint64 count, GenerationTime& spent) const
{
    QElapsedTimer wall;
    wall.start();
    const qint64 cpuStart = ProcessClock::cpuNs();
    fill(out, first, count);
    spent.wallNs += wall.nsecsElapsed();
    spent.cpuNs += ProcessClock::cpuNs() - cpuStart;
}

} // namespace tessera::bench
