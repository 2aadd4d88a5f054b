// Task: one workflow step (translate, review, …) of a document in one language, with assignee and deadline.
#pragma once

#include <QDate>
#include <QString>

namespace tessera::domain {

struct Task {
    QString id;
    QString projectId;
    QString documentId;
    QString language;
    QString step;     // a step of the project's workflow
    QString assignee; // user id, empty when unassigned
    QDate deadline;
    QString status = QStringLiteral("open"); // open, in_progress, done
    qint64 rev = 0;

    bool isOverdue(const QDate& today) const
    {
        return deadline.isValid() && status != QLatin1String("done") && deadline < today;
    }
};

} // namespace tessera::domain
