#pragma once

#include "domain/risk/RiskInstrument.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace tf {

// An organisation's licensed form texts for one instrument (the Senior
// Alert forms whose wording may not be reproduced without a licence): each
// item's question and each answer's text, checked against the instrument's
// items and points so that only the wording changes, never the scoring.
// The file's format is docs/licensed-form-texts.md.
struct LicensedTexts
{
    QString instrument; // its key
    QString source; // where the texts come from, e.g. the licence
    QHash<QString, QString> itemLabels; // item key → question
    QHash<QString, QHash<QString, QString>> optionLabels; // item → option key → text
};

// Reads and checks the file's content. False with a Swedish message naming
// the item (and the answer) when the file does not fit the instrument: an
// unknown instrument or item, an item or answer missing, other points than
// the instrument's, an empty text.
bool parseLicensedTexts(const QByteArray &json, LicensedTexts *texts, QString *error);

// The instrument with the licensed wording in place of its labels, marked
// as showing the form's own texts. The scoring is the instrument's.
RiskInstrument withLicensedTexts(const RiskInstrument &instrument, const LicensedTexts &texts);

} // namespace tf
