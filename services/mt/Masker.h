// Masker: hides placeables and tags from a provider behind tokens, and puts them back after.
#pragma once

#include <QString>
#include <QStringList>

#include "MtTypes.h"

namespace tessera::mt {

// A segment's text as sent: each placeable (services/text Placeables) replaced by a numbered token,
// `[[1]]` (Brackets) or `<x id="1"/>` (XmlTags), numbered from 1 in text order.
struct MaskedText {
    QString text;
    QStringList placeables; // placeables[n - 1] is what token n stands for
    MaskStyle style = MaskStyle::Brackets;
};

// A provider's reply with the placeables put back. Tokens are found even when the provider
// changed their spacing or quotes ("[[ 1 ]]", "<x id='1'>"). A reply that lost a token, repeated
// one, or holds a token number or token debris the request did not have is not intact: the
// suggestion is still shown, flagged, never used silently.
struct UnmaskedText {
    QString text;
    QStringList missing;    // placeables whose token is not in the reply
    QStringList duplicated; // placeables whose token came back more than once
    bool mangled = false;   // unknown token numbers or broken token pieces in the reply
    bool intact() const { return missing.isEmpty() && duplicated.isEmpty() && !mangled; }
};

class Masker {
public:
    static MaskedText mask(const QString& text, MaskStyle style);
    static UnmaskedText unmask(const QString& translated, const MaskedText& masked);
    static QString token(int number, MaskStyle style);
};

} // namespace tessera::mt
