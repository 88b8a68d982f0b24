#include "services/care/LicensedForms.h"

#include "domain/risk/LicensedTexts.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

namespace tf {

QString licensedFormsFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("formulartexter"));
}

RiskInstrument formInstrument(const RiskInstrument &instrument, QString *problem)
{
    const QString path
        = QDir(licensedFormsFolder()).filePath(instrument.key + QStringLiteral(".json"));
    QFile file(path);
    if (!file.exists())
        return instrument;
    LicensedTexts texts;
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("Filen %1 kan inte läsas.").arg(path);
    } else if (parseLicensedTexts(file.readAll(), &texts, &error)
        && texts.instrument != instrument.key) {
        error = QStringLiteral("Filen %1 gäller ett annat instrument (%2).")
                    .arg(path, texts.instrument);
    } else if (error.isEmpty()) {
        return withLicensedTexts(instrument, texts);
    }
    spdlog::warn("licensed form texts for {} not used", instrument.key.toStdString());
    if (problem)
        *problem = error;
    return instrument;
}

} // namespace tf
