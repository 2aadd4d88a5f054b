#include "WorkspaceErrorMessage.h"

#include <QDir>
#include <QMessageBox>

namespace tessera::ui::shell {

QString WorkspaceErrorMessage::title()
{
    return tr("Cannot open the workspace");
}

QString WorkspaceErrorMessage::text(const QString& path, const domain::Error& error)
{
    const QString where = QDir::toNativeSeparators(path);
    QString headline;
    QString advice;
    switch (error.code) {
    case domain::ErrorCode::NotWritable:
        headline = tr("Tessera cannot write to the workspace %1.").arg(where);
        advice = tr("Choose a folder you are allowed to write to, or fix the folder's permissions.");
        break;
    case domain::ErrorCode::NotTesseraDatabase:
        headline = tr("%1 is not a Tessera workspace.").arg(where);
        advice = tr("The file was left as it is. Choose another folder for the workspace.");
        break;
    case domain::ErrorCode::NewerSchema:
        headline = tr("The workspace %1 was made by a newer version of Tessera.").arg(where);
        advice = tr("Nothing in it was changed. Open it with that newer version.");
        break;
    case domain::ErrorCode::Locked:
        headline = tr("The workspace %1 is already open in another Tessera window or program.").arg(where);
        advice = tr("Close the other program first, then try again.");
        break;
    default:
        headline = tr("Tessera cannot open the workspace %1.").arg(where);
        advice = tr("Nothing in it was changed.");
        break;
    }
    return headline + QStringLiteral("\n\n") + advice + QStringLiteral("\n\n") +
           tr("Details: %1").arg(error.describe());
}

QMessageBox* WorkspaceErrorMessage::create(QWidget* parent, const QString& path, const domain::Error& error)
{
    auto* box = new QMessageBox(QMessageBox::Critical, title(), text(path, error), QMessageBox::Close, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

} // namespace tessera::ui::shell
