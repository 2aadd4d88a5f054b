// DesktopMtProviders: the MT providers the desktop app's pretranslation jobs use: the settings saved in
// Settings ▸ Machine Translation Providers (ProviderSettingsStore; the editor's older mt/<id>/endpoint
// as a fallback) and the API key from the OS keychain, read on the job's worker thread.
#pragma once

#include "mt/MtPretranslateHandler.h"

namespace tessera::desktop {

class DesktopMtProviders {
public:
    // Thread-safe: each call reads the settings and the keychain anew.
    static mt::MtPretranslateHandler::ProviderFactory factory();
};

} // namespace tessera::desktop
