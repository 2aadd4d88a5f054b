#include "SuggestionEngine.h"

#include "SuggestLog.h"
#include "store/Workspace.h"
#include "terms/TermRecognizer.h"
#include "terms/Termbase.h"
#include "tm/TmLibrary.h"

namespace tessera::suggest {

SuggestionEngine::SuggestionEngine(QString workspacePath, const domain::Clock& clock, Options options)
    : m_workspacePath(std::move(workspacePath))
    , m_clock(clock)
    , m_options(options)
{}

SuggestionEngine::SuggestionEngine(QString workspacePath, const domain::Clock& clock)
    : SuggestionEngine(std::move(workspacePath), clock, Options{})
{}

SuggestionEngine::~SuggestionEngine()
{
    reset();
}

void SuggestionEngine::reset()
{
    m_termbase.reset();
    m_library.reset();
    m_workspace.reset();
}

void SuggestionEngine::catchUp(const QString& tmName)
{
    if (!m_library)
        return; // the first lookup reads every TM as it is then
    if (tm::TranslationMemory* memory = m_library->memory(tmName)) {
        auto added = memory->catchUp();
        if (!added)
            qCWarning(lcSuggest) << "cannot index the units added to" << tmName << ':' << added.error().describe();
        else
            qCDebug(lcSuggest) << "indexed" << *added << "unit(s) added to" << tmName;
        return;
    }
    // A TM made after the library was opened (the project TM's first unit): open that one alone.
    if (auto made = m_library->create(tmName); !made)
        qCWarning(lcSuggest) << "cannot open the TM" << tmName << ':' << made.error().describe();
}

domain::Result<void> SuggestionEngine::open()
{
    if (m_library)
        return {};
    if (!m_workspace) {
        auto opened = store::Workspace::open(m_workspacePath, store::Workspace::Access::ReadOnly, m_clock);
        if (!opened)
            return std::unexpected(opened.error());
        m_workspace = std::move(*opened);
    }
    auto library = tm::TmLibrary::open(m_workspace->tm(), m_workspace->databasePath());
    if (!library)
        return std::unexpected(library.error());
    m_library = std::move(*library);
    m_termbase = std::make_unique<terms::Termbase>(*m_workspace);
    return {};
}

Suggestions SuggestionEngine::lookup(const SuggestionRequest& request)
{
    Suggestions out;
    out.segmentId = request.segmentId;
    out.source = request.source;
    if (request.source.trimmed().isEmpty())
        return out;
    if (auto opened = open(); !opened) {
        qCWarning(lcSuggest) << "cannot open the workspace for suggestions:" << opened.error().describe();
        out.error = opened.error().describe();
        reset(); // try again on the next segment
        return out;
    }
    tm::LookupOptions options;
    options.threshold = m_options.threshold;
    options.maxResults = m_options.maxMatches;
    options.contextKey = request.key;
    auto matches = m_library->lookup(request.source, request.sourceLanguage, request.targetLanguage, options);
    if (!matches) {
        out.error = matches.error().describe();
        return out;
    }
    out.matches = std::move(*matches);
    auto terms = m_termbase->recognizer(request.sourceLanguage, request.targetLanguage);
    if (!terms) {
        out.error = terms.error().describe();
        return out;
    }
    out.terms = (*terms)->recognize(request.source);
    return out;
}

} // namespace tessera::suggest
