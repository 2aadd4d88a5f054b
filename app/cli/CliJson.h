// CliJson: the JSON shapes of ../shared/CLI.md for the objects the commands print.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace tessera::domain {
struct Project;
struct Segment;
} // namespace tessera::domain

namespace tessera::cli::json {

// {id, name, source_lang, target_langs, deadline, client, workflow, created_at, rev}
QJsonObject project(const domain::Project& project);
// {id, key, source, target, state, rev, document, document_id, note, locations, needs_work, obsolete,
// previous_source (after a re-import changed the source), …}; `target` is an
// array of strings for a segment with plural forms, else a string.
QJsonObject segment(const domain::Segment& segment, const QString& documentName);
QJsonValue target(const domain::Segment& segment);

// The target as one line for tables: plural forms joined with " | ".
QString targetText(const domain::Segment& segment);

} // namespace tessera::cli::json
