#include "TbxWriter.h"

#include "TmxText.h"

namespace tessera::formats {

using domain::Concept;
using domain::Term;
using domain::TermStatus;

namespace {

void element(QString& out, QStringView indent, QStringView open, QStringView close, const QString& value)
{
    if (value.isEmpty())
        return;
    out += indent;
    out += open;
    TmxText::appendEscaped(out, value);
    out += close;
    out += u'\n';
}

void idAttribute(QString& out, const QString& id)
{
    if (id.isEmpty())
        return;
    out += u" id=\"";
    TmxText::appendAttribute(out, id);
    out += u'"';
}

} // namespace

QString TbxWriter::statusToTbx(TermStatus status)
{
    switch (status) {
    case TermStatus::Preferred:
        return QStringLiteral("preferredTerm-admn-sts");
    case TermStatus::Admitted:
        return QStringLiteral("admittedTerm-admn-sts");
    case TermStatus::Forbidden:
        return QStringLiteral("deprecatedTerm-admn-sts");
    }
    return {};
}

QByteArray TbxWriter::write(const QList<Concept>& concepts, const QString& sourceLanguage, Version version)
{
    const bool v3 = version == Version::V3;
    const QStringView entry = v3 ? u"conceptEntry" : u"termEntry";
    const QStringView langTag = v3 ? u"langSec" : u"langSet";
    const QStringView termTag = v3 ? u"termSec" : u"tig";
    QString out;
    out += u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    if (v3) {
        out += u"<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"";
        TmxText::appendAttribute(out, sourceLanguage);
        out += u"\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n"
               u"  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>Tessera</p>\n"
               u"      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n";
    } else {
        out += u"<!DOCTYPE martif SYSTEM \"TBXBasiccoreStructV02.dtd\">\n<martif type=\"TBX-Basic\" xml:lang=\"";
        TmxText::appendAttribute(out, sourceLanguage);
        out += u"\">\n  <martifHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>Tessera</p>\n"
               u"      </sourceDesc>\n    </fileDesc>\n    <encodingDesc>\n"
               u"      <p type=\"XCSURI\">TBXBasicXCSV02.xcs</p>\n    </encodingDesc>\n  </martifHeader>\n";
    }
    out += u"  <text>\n    <body>\n";
    for (const Concept& entryConcept : concepts) {
        out += u"      <";
        out += entry;
        idAttribute(out, entryConcept.id);
        out += u">\n";
        element(out, u"        ", u"<descrip type=\"definition\">", u"</descrip>", entryConcept.definition);
        element(out, u"        ", u"<note>", u"</note>", entryConcept.note);
        QStringList languages;
        for (const Term& term : entryConcept.terms) {
            if (!languages.contains(term.language))
                languages.append(term.language);
        }
        for (const QString& language : languages) {
            out += u"        <";
            out += langTag;
            out += u" xml:lang=\"";
            TmxText::appendAttribute(out, language);
            out += u"\">\n";
            for (const Term& term : entryConcept.terms) {
                if (term.language != language)
                    continue;
                out += u"          <";
                out += termTag;
                out += u">\n            <term";
                idAttribute(out, term.id);
                out += u'>';
                TmxText::appendEscaped(out, term.text);
                out += u"</term>\n";
                element(out, u"            ", u"<termNote type=\"partOfSpeech\">", u"</termNote>", term.partOfSpeech);
                element(out, u"            ", u"<termNote type=\"administrativeStatus\">", u"</termNote>",
                        statusToTbx(term.status));
                element(out, u"            ", u"<note>", u"</note>", term.note);
                out += u"          </";
                out += termTag;
                out += u">\n";
            }
            out += u"        </";
            out += langTag;
            out += u">\n";
        }
        out += u"      </";
        out += entry;
        out += u">\n";
    }
    out += v3 ? u"    </body>\n  </text>\n</tbx>\n" : u"    </body>\n  </text>\n</martif>\n";
    return out.toUtf8();
}

} // namespace tessera::formats
