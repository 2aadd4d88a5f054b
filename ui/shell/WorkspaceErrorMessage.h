// WorkspaceErrorMessage: says in plain words why a workspace cannot be opened (not writable, not a
// Tessera database, newer schema, in use elsewhere), for the dialog at start-up and on File ▸ Open.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "domain/Result.h"

class QMessageBox;
class QWidget;

namespace tessera::ui::shell {

class WorkspaceErrorMessage {
    Q_DECLARE_TR_FUNCTIONS(tessera::ui::shell::WorkspaceErrorMessage)

public:
    static QString title();
    // The headline for this kind of error, then the error's own description.
    static QString text(const QString& path, const domain::Error& error);
    // A critical message box (not yet shown) that deletes itself when closed.
    static QMessageBox* create(QWidget* parent, const QString& path, const domain::Error& error);
};

} // namespace tessera::ui::shell
