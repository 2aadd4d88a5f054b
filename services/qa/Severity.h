// Severity: how much a quality issue matters: error, warning or info.
#pragma once

#include <optional>

#include <QString>

namespace tessera::qa {

// Ordered: a higher value is more severe.
enum class Severity { Info, Warning, Error };

QString severityName(Severity severity); // "error", "warning", "info"
std::optional<Severity> severityFromString(const QString& text);

} // namespace tessera::qa
