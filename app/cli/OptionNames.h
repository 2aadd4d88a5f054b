// OptionNames: the options several tessera-cli commands share, spelled once (see ../shared/CLI.md).
#pragma once

#include <QString>

namespace tessera::cli {

inline const QString s_projectOption = QStringLiteral("--project");
inline const QString s_langOption = QStringLiteral("--lang");
inline const QString s_sourceLangOption = QStringLiteral("--source-lang");
inline const QString s_targetLangOption = QStringLiteral("--target-lang");
inline const QString s_outOption = QStringLiteral("--out");
inline const QString s_csvOption = QStringLiteral("--csv");
inline const QString s_tmOption = QStringLiteral("--tm");
inline const QString s_minOption = QStringLiteral("--min");
inline const QString s_mtOption = QStringLiteral("--mt");
inline const QString s_urlOption = QStringLiteral("--url");

} // namespace tessera::cli
