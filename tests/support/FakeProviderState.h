// FakeProviderState: what the fake provider server's test thread and its socket thread share, under a mutex.
#pragma once

#include <QList>
#include <QMutex>
#include <QString>

#include "FakeProviderTypes.h"

namespace tessera::test {

struct FakeProviderState {
    mutable QMutex mutex;
    QString protocol;
    QString key;
    QList<FakeStep> script; // consumed front first, one step per request
    QList<FakeRequest> requests;
};

} // namespace tessera::test
